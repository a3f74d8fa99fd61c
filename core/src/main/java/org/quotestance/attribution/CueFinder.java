package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.Span;

/**
 * Finds the speech cues of every sentence and the speaker each names: "Lavrov said", "“...,” said Lavrov",
 * "according to X", "remarks by X", "X was quoted as saying", ", saying" (the speaker of the clause it
 * hangs on). Each cue's speaker is resolved and registered once, here, before any quote is attributed.
 */
final class CueFinder {

    private static final Set<String> UTTERANCE_PREPOSITIONS = WordList.load(CueFinder.class, "words/utterance-prepositions.txt");
    private static final Set<String> PARTICLES = WordList.load(CueFinder.class, "words/cue-particles.txt");
    private static final Set<String> PASSIVE_AUXILIARIES = WordList.load(CueFinder.class, "words/passive-auxiliaries.txt");

    private final AnnotatedText nlp;
    private final List<Token> tokens;
    private final QuoteMask mask;
    private final MentionResolver mentions;

    CueFinder(AnnotatedText nlp, QuoteMask mask, MentionResolver mentions) {
        this.nlp = nlp;
        this.tokens = nlp.tokens();
        this.mask = mask;
        this.mentions = mentions;
    }

    /** The cues of every sentence, by sentence index; unmodifiable. */
    List<List<CueHit>> index() {
        List<List<CueHit>> bySentence = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            bySentence.add(List.copyOf(find(s)));
            mentions.sightSubjectPronouns(s);
        }
        return List.copyOf(bySentence);
    }

    private List<CueHit> find(Sentence s) {
        List<CueHit> hits = new ArrayList<>();
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            if (mask.inQuote(i)) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = t.lower();
            // "according to X"
            if (lower.equals("according") && i + 1 < end && tokens.get(i + 1).lower().equals("to")) {
                TokenRange np = NounPhrases.after(tokens, mask, i + 2, end);
                addHit(hits, i, i + 1, np);
                continue;
            }
            // "A sentence from X", "remarks by X"
            if (CueLexicon.isUtteranceNoun(lower) && i + 1 < end
                    && UTTERANCE_PREPOSITIONS.contains(tokens.get(i + 1).lower())) {
                TokenRange np = NounPhrases.after(tokens, mask, i + 2, end);
                if (np != null && NounPhrases.isNamedOrPronoun(tokens, np)) {
                    addHit(hits, i, i + 1, np);
                }
                continue;
            }
            String stem = CueLexicon.speechStem(t.word(), t.tag());
            if (stem == null && precededByQuote(s, i) && i + 1 < end && tokens.get(i + 1).isProperNoun()) {
                stem = CueLexicon.pluralPresentStem(t.word(), t.tag()); // "“...,” reply Dana Cole and Lee Park"
            }
            if (stem == null) {
                continue;
            }
            int cueEnd = i;
            if (CueLexicon.needsParticle(stem)) {
                if (i + 1 < end && PARTICLES.contains(tokens.get(i + 1).lower())) {
                    cueEnd = i + 1;
                } else {
                    continue;
                }
            }
            TokenRange np = subjectOf(s, i, cueEnd, stem);
            // "…, calling him “a total stiff”": the clause's speaker
            if (np == null && !CueLexicon.isCore(stem) && !participleAfterComma(s, i)) {
                continue;
            }
            addHit(hits, i, cueEnd, np);
        }
        return hits;
    }

    /** The speaker of the speech verb at {@code cue}..{@code cueEnd}: before it, or after it when inverted. */
    private TokenRange subjectOf(Sentence s, int cue, int cueEnd, String stem) {
        Token verb = tokens.get(cue);
        // "..., saying that": the participle's speaker is the speaker of the clause it hangs on.
        if (participleAfterComma(s, cue)) {
            return null;
        }
        // "X was quoted as saying", "Y quoted X as saying"
        if (verb.lower().equals("saying") && cue - 1 > s.firstToken() && tokens.get(cue - 1).lower().equals("as")) {
            int q = cue - 2;
            if (tokens.get(q).lower().equals("quoted")) {
                if (q - 1 >= s.firstToken() && PASSIVE_AUXILIARIES.contains(tokens.get(q - 1).lower())) {
                    return NounPhrases.before(tokens, mask, s.firstToken(), q - 1);
                }
                return null;
            }
            TokenRange np = NounPhrases.before(tokens, mask, s.firstToken(), cue - 1);
            if (np != null) {
                return np;
            }
        }
        TokenRange left = NounPhrases.before(tokens, mask, s.firstToken(), cue);
        if (left != null && CueLexicon.isPresentParticiple(verb.lower(), verb.tag()) && left.first() > s.firstToken()) {
            // "his campaign sent a message to supporters saying", "Clinton responded on Facebook writing":
            // the phrase before the participle is an object; the speaker is the clause's subject.
            Token before = tokens.get(left.first() - 1);
            boolean object = PennTags.isVerb(before.tag()) || (PennTags.isPreposition(before.tag()) || PennTags.isTo(before.tag()))
                    && !before.lower().equals("with");
            if (object) {
                TokenRange subject = NounPhrases.clauseSubject(tokens, mask, s.firstToken(), left.first());
                if (subject != null && NounPhrases.isNamedOrPronoun(tokens, subject)) {
                    return subject;
                }
            }
        }
        if (left == null && cue > s.firstToken()) {
            // "Silverman was joined on stage and joked, ...", "Obama ended by saying ...": the speaker is
            // the subject of the clause the coordinated verb or the participle belongs to.
            Token prev = tokens.get(cue - 1);
            boolean coordinated = PennTags.isCoordinatingConjunction(prev.tag());
            boolean afterPreposition = PennTags.isPreposition(prev.tag()) && CueLexicon.isPresentParticiple(verb.lower(), verb.tag());
            if (coordinated || afterPreposition) {
                TokenRange subject = NounPhrases.clauseSubject(tokens, mask, s.firstToken(), cue - 1);
                if (subject != null) {
                    return subject;
                }
            }
        }
        TokenRange right = NounPhrases.after(tokens, mask, cueEnd + 1, s.endToken());
        boolean afterQuote = precededByQuote(s, cue) && CueLexicon.isCore(stem);
        if (afterQuote && right != null && (left == null || right.first() == cueEnd + 1)) {
            // "“...,” said Lavrov" — but not "“...,” Lavrov said", where left is set and the verb is last.
            if (left == null || !(tokens.get(right.first()).isProperNoun() || tokens.get(right.first()).isPronoun())) {
                return left != null ? left : right;
            }
            return right;
        }
        return left;
    }

    private boolean precededByQuote(Sentence s, int cue) {
        int j = cue - 1;
        while (j >= s.firstToken() && !mask.inQuote(j) && (tokens.get(j).word().equals(",")
                || CueLexicon.isAuxiliary(tokens.get(j).lower(), tokens.get(j).tag()))) {
            j--;
        }
        return j < s.firstToken() || mask.inQuote(j);
    }

    /** A participle right after a comma of its own sentence: "..., saying", "..., calling him". */
    private boolean participleAfterComma(Sentence s, int cue) {
        Token verb = tokens.get(cue);
        return CueLexicon.isPresentParticiple(verb.lower(), verb.tag()) && cue > s.firstToken()
                && tokens.get(cue - 1).word().equals(",");
    }

    private void addHit(List<CueHit> hits, int cue, int cueEnd, TokenRange np) {
        Span span = new Span(tokens.get(cue).start(), tokens.get(cueEnd).end());
        Speech speech = np == null ? null : mentions.speechOf(np);
        Sentence s = nlp.sentences().get(tokens.get(cue).sentence());
        if (speech == null && participleAfterComma(s, cue)) {
            // "..., saying": the speaker of the clause the participle hangs on.
            if (!hits.isEmpty() && hits.get(hits.size() - 1).speech() != null) {
                speech = hits.get(hits.size() - 1).speech();
            } else {
                TokenRange subject = NounPhrases.clauseSubject(tokens, mask, s.firstToken(), cue);
                if (subject != null) {
                    speech = mentions.speechOf(subject);
                    np = subject;
                }
            }
        }
        hits.add(new CueHit(cue, span, speech));
        if (np != null && speech != null && speech.entity() != null) {
            mentions.pronouns().sighted(np.first(), speech.entity(), true);
        }
    }
}
