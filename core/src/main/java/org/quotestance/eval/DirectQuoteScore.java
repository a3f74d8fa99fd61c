package org.quotestance.eval;

import java.util.List;

/**
 * Direct-quote scores over a corpus.
 *
 * @param documents      documents scored
 * @param gold           gold direct quotes
 * @param found          gold direct quotes overlapped by a found quote
 * @param rightSource    gold direct quotes overlapped by a found quote attributed to the right source
 * @param predicted      attributed DIRECT or PARTIAL quotes that overlap a gold direct quote
 * @param byRule         for each attribution rule, the gold direct quotes it attributed and how many rightly
 * @param variantMerges  one line per speaker that merged differently spelt names ("Brinken" ~ "Blinken")
 * @param errors         one readable line per miss
 */
public record DirectQuoteScore(int documents, int gold, int found, int rightSource, int predicted,
                               java.util.Map<String, RuleScore> byRule, List<String> variantMerges,
                               List<String> errors) {

    /** Gold direct quotes that one attribution rule attributed, and how many of them to the right source. */
    public record RuleScore(int attributed, int right) {
        public double share() {
            return attributed == 0 ? 0 : (double) right / attributed;
        }
    }

    public DirectQuoteScore {
        byRule = java.util.Map.copyOf(byRule);
        variantMerges = List.copyOf(variantMerges);
        errors = List.copyOf(errors);
    }

    public double foundShare() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double rightSourceShare() {
        return gold == 0 ? 0 : (double) rightSource / gold;
    }

    @Override
    public String toString() {
        return String.format("documents %d, gold direct quotes %d, found %d (%.1f%%), found with the right source %d (%.1f%%)",
                documents, gold, found, 100 * foundShare(), rightSource, 100 * rightSourceShare());
    }
}
