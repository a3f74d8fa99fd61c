package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/**
 * Decides what a body quote is from its shape and its attribution: speech (direct or partial), or a scare
 * quote, a name or a title (“Nord Stream 2”). Per document.
 */
final class QuoteKinds {

    /**
     * At most this many words, all capitalised or with a digit, and no sentence shape: a name or a title.
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 3: 83.3 / 84.6; at 6: 83.3 / 84.7.
     */
    static final int NAME_WORDS = 4;
    /**
     * At least this many words make a quote sentence-like when it also ends like a sentence.
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 3: 83.1 / 84.6.
     */
    static final int SENTENCE_WORDS = 4;
    /**
     * An unattributed quote of at least this many words that opens with a capital is speech.
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 4: 83.2 / 84.7; at 7: 83.4 / 84.7.
     */
    static final int OPENING_SENTENCE_WORDS = 5;
    /** A capitalised quote ending like a sentence needs only this many words (set by hand; not measured separately). */
    static final int SHORT_SENTENCE_WORDS = 2;

    /**
     * A title-cased quote of at least this many words right after a title lead word ("is", "titled") is the
     * name of a work, not speech; one word (“Rex”) is left to {@link #NAME_WORDS}. Set by hand; not measured
     * separately.
     */
    static final int TITLE_MIN_WORDS = 2;

    private static final Set<String> TITLE_LEAD_WORDS = WordList.load(QuoteKinds.class, "words/title-lead-words.txt");
    private static final Set<String> TITLE_MINOR_WORDS = WordList.load(QuoteKinds.class, "words/title-minor-words.txt");

    private static final Set<String> LEAD_PUNCTUATION = Set.of(",", ":", "—", "–", "-", "--", "(", "``", "\"", "“");

    private final String text;
    private final AnnotatedText nlp;
    private final List<Token> tokens;
    private final QuoteMask mask;

    QuoteKinds(String text, AnnotatedText nlp, QuoteMask mask) {
        this.text = text;
        this.nlp = nlp;
        this.tokens = nlp.tokens();
        this.mask = mask;
    }

    /** The kind of a body quote, given whether a sieve attributed it and whether its cue stands beside it. */
    QuoteKind bodyKind(QuoteSpan q, boolean attributed, boolean besideItsCue) {
        List<Token> content = words(q);
        int words = content.size();
        boolean digit = false;
        boolean allCapitalised = true;
        for (Token t : content) {
            digit |= t.word().chars().anyMatch(Character::isDigit);
            allCapitalised &= Character.isUpperCase(t.word().charAt(0)) || !Character.isLetter(t.word().charAt(0));
        }
        if (titleAfterLead(q, content)) {
            return QuoteKind.SCARE; // her favourite film is “A Long Way North”
        }
        boolean sentenceLike = endsLikeSentence(q) && words >= SENTENCE_WORDS;
        boolean spoken = besideItsCue && endsWithPunctuation(q);
        if (!sentenceLike && !spoken && words <= NAME_WORDS && (digit || allCapitalised)) {
            return QuoteKind.SCARE; // a name or a title: “Beixi-2”, “Nord Stream 2”
        }
        if (!attributed) {
            boolean opensLikeSentence = words >= OPENING_SENTENCE_WORDS && Character.isUpperCase(firstLetter(q.content()));
            return sentenceLike || opensLikeSentence ? QuoteKind.DIRECT : QuoteKind.SCARE;
        }
        return embedded(q) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    }

    /**
     * Whether the quote reads as a sentence of its own rather than a fragment such as “diplomatic war”:
     * only such quotes take a speaker from beyond their own sentence.
     */
    boolean sentenceLike(QuoteSpan q) {
        int words = words(q).size();
        boolean capital = Character.isUpperCase(firstLetter(q.content()));
        return (words >= SENTENCE_WORDS && (endsLikeSentence(q) || capital)
                || words >= SHORT_SENTENCE_WORDS && capital && endsLikeSentence(q))
                && !embedded(q);
    }

    /**
     * Whether the quote names a work after a copula or a naming verb: the word just before its opening mark is a
     * title lead word ("is", "was", "called", "titled", "named", "entitled"), and its words, at least
     * {@link #TITLE_MIN_WORDS}, are in title case (each capitalised, a digit, or a minor word after the first).
     */
    private boolean titleAfterLead(QuoteSpan q, List<Token> content) {
        int k = nlp.firstTokenAtOrAfter(q.span().start()) - 1;
        if (content.size() < TITLE_MIN_WORDS || k < 0 || mask.inQuote(k)
                || tokens.get(k).sentence() != nlp.sentenceAt(q.span().start())
                || !TITLE_LEAD_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < content.size(); i++) {
            String w = content.get(i).word();
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && (i == 0 || !TITLE_MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithPunctuation(QuoteSpan q) {
        return ",.!?…".indexOf(lastContentChar(text, q)) >= 0;
    }

    /** The last char inside the quote marks, or {@code '\0'} for an empty quote. */
    static char lastContentChar(String text, QuoteSpan q) {
        Span c = q.content();
        return c.isEmpty() ? '\0' : text.charAt(c.end() - 1);
    }

    private List<Token> words(QuoteSpan q) {
        return words(nlp, q);
    }

    /** The word tokens (not punctuation) inside a quote. */
    static List<Token> words(AnnotatedText nlp, QuoteSpan q) {
        List<Token> out = new ArrayList<>();
        for (Token t : nlp.tokensIn(q.content())) {
            if (Character.isLetterOrDigit(t.word().charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }

    private char firstLetter(Span content) {
        for (int k = content.start(); k < content.end(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 'a';
    }

    private boolean endsLikeSentence(QuoteSpan q) {
        int k = q.content().end() - 1;
        while (k > q.content().start() && "\"”’'»)".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return ".!?…".indexOf(text.charAt(k)) >= 0
                || (q.span().end() < text.length() && ".!?".indexOf(text.charAt(q.span().end())) >= 0);
    }

    /** Whether the quote continues a clause begun outside it: "overcome the “unhealthy situation”". */
    private boolean embedded(QuoteSpan q) {
        int k = nlp.firstTokenAtOrAfter(q.span().start()) - 1;
        if (k < 0) {
            return false;
        }
        Token prev = tokens.get(k);
        int quoteSentence = nlp.sentenceAt(q.span().start());
        if (prev.sentence() != quoteSentence || mask.inQuote(k)) {
            return false;
        }
        String w = prev.word();
        if (LEAD_PUNCTUATION.contains(w)) {
            return false;
        }
        if (CueLexicon.speechStem(w, prev.tag()) != null && Character.isUpperCase(firstLetter(q.content()))) {
            return false; // Brinken said “The United States ...”
        }
        return Character.isLetterOrDigit(w.charAt(0));
    }
}
