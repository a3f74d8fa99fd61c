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
 * @param errors         one readable line per miss
 */
public record DirectQuoteScore(int documents, int gold, int found, int rightSource, int predicted, List<String> errors) {

    public DirectQuoteScore {
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
