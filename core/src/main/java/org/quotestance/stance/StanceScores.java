package org.quotestance.stance;

import java.util.List;

/**
 * Accuracy and macro-F1 of predicted labels against gold labels.
 *
 * @param items     items scored
 * @param accuracy  share of items labelled right
 * @param macroF1   mean F1 over the labels the gold uses (FAVOR, AGAINST and NEUTRAL in GWSD and NewsMTSC); a
 *                  prediction of another label counts only as a miss
 * @param confusion counts by [gold][predicted], in {@link StanceLabel} order
 */
public record StanceScores(int items, double accuracy, double macroF1, int[][] confusion) {

    public static StanceScores of(List<StanceLabel> gold, List<StanceLabel> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        int[][] c = new int[3][3];
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            c[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
            right += gold.get(i) == predicted.get(i) ? 1 : 0;
        }
        double f1 = 0;
        int labels = 0;
        for (int k = 0; k < 3; k++) {
            int tp = c[k][k];
            int predictedK = c[0][k] + c[1][k] + c[2][k];
            int goldK = c[k][0] + c[k][1] + c[k][2];
            if (goldK == 0) {
                continue; // a label the data set does not use (IBM Claim Stance has no neutral claims)
            }
            labels++;
            double p = predictedK == 0 ? 0 : (double) tp / predictedK;
            double r = (double) tp / goldK;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return new StanceScores(gold.size(), gold.isEmpty() ? 0 : (double) right / gold.size(),
                labels == 0 ? 0 : f1 / labels, c);
    }

    @Override
    public String toString() {
        return String.format("accuracy %.1f%%, macro-F1 %.1f", 100 * accuracy, 100 * macroF1);
    }
}
