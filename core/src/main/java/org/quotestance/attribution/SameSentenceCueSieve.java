package org.quotestance.attribution;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.Token;

/**
 * A speech cue with its speaker in the quote's own sentence, on either side: "Lavrov said, “...”",
 * "“...,” said Lavrov", "Lavrov, a veteran diplomat, said “...”". The nearest cue wins; a cue across a
 * semicolon loses to any cue in the quote's clause. Verbs that characterize rather than report ("called
 * it “outrageous”") count only when they stand close before the quote in its clause.
 */
public final class SameSentenceCueSieve implements AttributionSieve {

    /**
     * A cue at most this many tokens from the quote stands beside it (“Absolutely,” he said), which makes a
     * short quote speech and lets a characterizing verb frame it. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 1: 83.2 / 84.6;
     * at 2: 83.3 / 84.7; at 5: 83.3 / 84.8.
     */
    static final int BESIDE_DISTANCE = 3;
    /** A cue at most this many tokens away is as sure as any; farther cues are less so (confidence only, not the speaker). */
    static final int NEAR_DISTANCE = 4;
    /** Certainty of a cue farther than {@link #NEAR_DISTANCE} tokens. */
    static final double FAR_CERTAINTY = 0.9;
    /**
     * Added to the distance of a cue in another clause, so that any cue of the quote's clause wins: larger
     * than any distance within a sentence, a rank rather than a threshold to tune.
     */
    static final int OTHER_CLAUSE_PENALTY = 100;
    /**
     * How many words outside quotes a characterizing verb may stand before its quote. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7;
     * at 5: 83.1 / 84.3; at 12: 83.5 / 84.8 (not raised here: a tuning for the held-out styles to confirm).
     */
    static final int CHARACTERIZATION_REACH = 8;

    private static final Set<String> CLAUSE_OPENERS = WordList.load(SameSentenceCueSieve.class, "words/clause-openers.txt");

    @Override
    public AttributionRule rule() {
        return AttributionRule.SAME_SENTENCE;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext q, DocumentContext doc) {
        CueHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = q.firstSentence(); s <= q.lastSentence(); s++) {
            for (CueHit h : doc.cuesIn(s)) {
                if (!h.hasSpeaker() || !q.paragraph().contains(h.span())) {
                    continue;
                }
                int d = h.token() < q.firstToken() ? q.firstToken() - h.token() : h.token() - q.lastToken();
                Token verb = doc.token(h.token());
                if (CueLexicon.adjacentOnly(CueLexicon.speechStem(verb.word(), verb.tag()))
                        && (h.token() > q.lastToken() || d > BESIDE_DISTANCE) && !characterizes(doc, h.token(), q.firstToken())) {
                    continue;
                }
                if (doc.mask().clauseBreakBetween(h.token(), h.token() < q.firstToken() ? q.firstToken() : q.lastToken())) {
                    d += OTHER_CLAUSE_PENALTY; // "X pointed out “...”; Y said that ...": Y speaks in another clause
                }
                if (d < bestDistance) {
                    best = h;
                    bestDistance = d;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Candidate c = Candidate.cue(best, doc.cue(best.span()), bestDistance <= NEAR_DISTANCE ? 1.0 : FAR_CERTAINTY);
        return Optional.of(bestDistance <= BESIDE_DISTANCE ? c.besideCue() : c);
    }

    /**
     * Whether a verb that characterizes ("called Wells Fargo's behavior “outrageous”", "described Clinton as a
     * “disgrace”", "called Trump a “liar” who is “amoral,” a “bully” and …") frames the quote at {@code firstTok}:
     * it stands before it in the same clause, at most {@link #CHARACTERIZATION_REACH} words away counting no
     * words of the quotes between (a list of epithets), with no comma-led new clause or sentence punctuation
     * between.
     */
    private static boolean characterizes(DocumentContext doc, int verb, int firstTok) {
        if (verb >= firstTok) {
            return false;
        }
        int words = 0;
        for (int k = verb + 1; k < firstTok; k++) {
            if (doc.mask().inQuote(k)) {
                continue;
            }
            String w = doc.token(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".") || CLAUSE_OPENERS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (Character.isLetterOrDigit(w.charAt(0))) {
                words++;
            }
        }
        return words <= CHARACTERIZATION_REACH;
    }
}
