package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.nlp.Sentence;

/**
 * A quote after a sentence of the same paragraph in which someone speaks: "Lopez said the work would start
 * soon. “We have waited long enough.”" Looks back over at most {@link #SENTENCE_REACH} sentences and not
 * past another quote. Only for sentence-like quotes.
 */
public final class PreviousSentenceSieve implements AttributionSieve {

    /** How many sentences back the speaking sentence may stand. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 1: 83.3 / 84.5; at 3: the same as 2. */
    static final int SENTENCE_REACH = 2;
    /** Certainty when the speaking sentence is not the one right before the quote (confidence only; set by hand). */
    static final double FARTHER_CERTAINTY = 0.85;

    @Override
    public AttributionRule rule() {
        return AttributionRule.PREVIOUS_SENTENCE;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext q, DocumentContext doc) {
        if (!q.sentenceLike()) {
            return Optional.empty();
        }
        int s0 = q.firstSentence();
        for (int s = s0 - 1; s >= 0 && s >= s0 - SENTENCE_REACH; s--) {
            Sentence prev = doc.sentence(s);
            if (!q.paragraph().contains(prev.span())) {
                break;
            }
            CueHit first = doc.firstCue(s, CueHit::hasSpeaker).orElse(null);
            if (first != null) {
                double c = s == s0 - 1 ? 1.0 : FARTHER_CERTAINTY;
                return Optional.of(Candidate.cue(first, doc.cue(first.span()), c));
            }
            if (doc.mask().quoteBetween(prev.firstToken(), prev.endToken())) {
                break;
            }
        }
        return Optional.empty();
    }
}
