package org.quotestance.eval;

/**
 * Precision, recall and F1 from counts. Precision and recall are counted on each side separately, so
 * that one predicted quote covering two gold quotes (or the other way round) is neither rewarded twice
 * nor punished.
 *
 * @param truePredicted predicted items that match a gold item
 * @param predicted     predicted items
 * @param trueGold      gold items that a predicted item matches
 * @param gold          gold items
 */
public record Prf(int truePredicted, int predicted, int trueGold, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) truePredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) trueGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.1f%% R %.1f%% F1 %.1f%%", 100 * precision(), 100 * recall(), 100 * f1());
    }
}
