package org.quotestance.eval;

import java.util.List;
import java.util.Map;

/**
 * One system's scores on a gold corpus. Gold quotes are the statements (DIRECT, PARTIAL, HEADLINE);
 * predicted quotes are what the system reports as statements ({@link SystemQuote}).
 *
 * @param documents     documents scored
 * @param quotesExact   quote finding, a predicted quote matching a gold quote when both cover the same
 *                      words (quote marks, spaces and edge punctuation aside)
 * @param quotesOverlap quote finding, matching when the two share a char
 * @param speakers      of the gold quotes found (overlap), how many have the right speaker: {@code found}
 *                      is the gold quotes found, {@code right} those whose best-overlapping predicted quote
 *                      names the right speaker
 * @param sources       of the found gold quotes that have an annotated source mention and a predicted
 *                      mention, how many predicted mentions overlap the annotated one
 * @param endToEnd      found and attributed right: precision over predicted quotes, recall over gold quotes
 * @param byKind        end to end by gold quote kind
 * @param byNaming      end to end by how the gold speaker is named ({@link MentionCategory})
 * @param byRule        the found gold quotes by the rule that attributed them (QuoteStance only)
 * @param errors        every miss, with context, in document order
 */
public record QuoteScores(int documents, Prf quotesExact, Prf quotesOverlap, Breakdown speakers, Breakdown sources,
                          Prf endToEnd, Map<String, Breakdown> byKind, Map<String, Breakdown> byNaming,
                          Map<String, Breakdown> byRule, List<String> errors) {

    public QuoteScores {
        byKind = Map.copyOf(byKind);
        byNaming = Map.copyOf(byNaming);
        byRule = Map.copyOf(byRule);
        errors = List.copyOf(errors);
    }

    /** Share of found gold quotes attributed to the right speaker. */
    public double speakerAccuracy() {
        return speakers.speakerShare();
    }

    @Override
    public String toString() {
        return String.format("documents %d; quotes (overlap) %s; speaker right on %.1f%% of found; end to end %s",
                documents, quotesOverlap, 100 * speakerAccuracy(), endToEnd);
    }
}
