package org.quotestance.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotestance.lexicon.VerbForms;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * The author of a written text that speaks: "“...,” the letter read" after "Fitch wrote to every business",
 * "her email read", "Vennor's letter said". The author is the text's possessor when the phrase has one, else
 * the subject of the nearest writing verb ("wrote", "sent", "issued") in the sentences just before. Stateless.
 */
final class WrittenSources {

    private static final Set<String> DOCUMENT_NOUNS = WordList.load(WrittenSources.class, "words/document-nouns.txt");
    private static final Set<String> WRITING_VERBS = VerbForms.load(WrittenSources.class, "words/writing-verbs.txt");

    /** How many sentences before a written text's own the author's writing verb may stand. Set by hand, not tuned. */
    static final int AUTHOR_SENTENCE_REACH = 3;

    private WrittenSources() {
    }

    /** Whether {@code lower} names a written text that can speak for its author: "letter", "memo", "statement". */
    static boolean isDocument(String lower) {
        return DOCUMENT_NOUNS.contains(lower);
    }

    /** "the letter read", "his statement reads": a written text read out, whose author speaks. */
    static boolean readsOut(Token head, Token verb) {
        return isDocument(head.lower()) && (verb.lower().equals("read") || verb.lower().equals("reads"));
    }

    /**
     * The words naming the author of the text the phrase {@code text} names (its head last): the possessor
     * ("her" of "her email", "Vennor" of "Vennor's letter"), else the subject of the nearest writing verb
     * before it, in its own sentence or up to {@link #AUTHOR_SENTENCE_REACH} sentences before; empty if none.
     */
    static Optional<TokenRange> author(List<Token> tokens, List<Sentence> sentences, QuoteMask mask, TokenRange text) {
        for (int k = text.first(); k < text.last(); k++) {
            Token t = tokens.get(k);
            if (PennTags.isPossessivePronoun(t.tag())) {
                return Optional.of(new TokenRange(k, k));
            }
            if (k > text.first() && PennTags.isPossessiveEnding(t.tag())) {
                int start = k - 1;
                while (start - 1 >= text.first() && tokens.get(start - 1).isProperNoun()) {
                    start--;
                }
                return Optional.of(new TokenRange(start, k - 1));
            }
        }
        int own = tokens.get(text.first()).sentence();
        for (int s = own; s >= Math.max(0, own - AUTHOR_SENTENCE_REACH); s--) {
            Sentence sentence = sentences.get(s);
            int end = s == own ? text.first() : sentence.endToken();
            for (int k = end - 1; k >= sentence.firstToken(); k--) {
                Token t = tokens.get(k);
                if (mask.inQuote(k) || !PennTags.isVerb(t.tag()) || !WRITING_VERBS.contains(t.lower())) {
                    continue;
                }
                TokenRange subject = NounPhrases.before(tokens, mask, sentence.firstToken(), k);
                if (subject == null) {
                    subject = NounPhrases.clauseSubject(tokens, mask, sentence.firstToken(), k);
                }
                if (subject != null && !isDocument(tokens.get(subject.last()).lower())) {
                    return Optional.of(subject);
                }
            }
        }
        return Optional.empty();
    }
}
