package org.quotestance.eval.stance;

import java.util.List;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;

/** How well a classifier's probabilities match how often it is right. */
public final class Calibration {

    /** Equal-width bins of the top probability, as the expected calibration error is usually reported. */
    public static final int BINS = 10;

    private Calibration() {
    }

    /**
     * The expected calibration error: items binned by the probability of their predicted label (ten equal-width
     * bins); in each bin the gap between that mean probability and the share predicted right; the gaps averaged,
     * each weighted by its bin's share of the items. 0 is perfectly calibrated.
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static double expectedError(List<StanceProbabilities> probabilities, List<StanceLabel> gold) {
        if (probabilities.size() != gold.size()) {
            throw new IllegalArgumentException(probabilities.size() + " predictions but " + gold.size() + " gold labels");
        }
        if (gold.isEmpty()) {
            return 0;
        }
        double[] confidence = new double[BINS];
        int[] right = new int[BINS];
        int[] count = new int[BINS];
        for (int k = 0; k < gold.size(); k++) {
            StanceProbabilities p = probabilities.get(k);
            double top = p.get(p.label());
            int bin = Math.min(BINS - 1, Math.max(0, (int) Math.ceil(top * BINS) - 1));
            confidence[bin] += top;
            count[bin]++;
            if (p.label() == gold.get(k)) {
                right[bin]++;
            }
        }
        double error = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                error += (double) count[b] / gold.size() * Math.abs(confidence[b] / count[b] - (double) right[b] / count[b]);
            }
        }
        return error;
    }

    /** The grid the stack weights are searched on: 0 to {@value #MAX_WEIGHT} in steps of {@value #WEIGHT_STEP}. */
    static final double WEIGHT_STEP = 0.05;
    static final double MAX_WEIGHT = 3;

    /**
     * The weights of a two-member {@link org.quotestance.stance.StackedStanceClassifier} that maximise the
     * likelihood of the gold labels (a grid search), for each item its members' readings in member order.
     */
    public static double[] fitStack(List<List<StanceProbabilities>> readings, List<StanceLabel> gold) {
        if (readings.size() != gold.size() || gold.isEmpty()) {
            throw new IllegalArgumentException(readings.size() + " readings for " + gold.size() + " gold labels");
        }
        double[] best = {1, 1};
        double bestLoss = Double.POSITIVE_INFINITY;
        int steps = (int) Math.round(MAX_WEIGHT / WEIGHT_STEP);
        for (int a = 0; a <= steps; a++) {
            for (int b = 0; b <= steps; b++) {
                double[] w = {a * WEIGHT_STEP, b * WEIGHT_STEP};
                double loss = negativeLogLikelihood(readings, gold, w);
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    best = w;
                }
            }
        }
        return best;
    }

    /** The mean negative log-likelihood of the gold labels under the stack of {@code readings} with weights {@code w}. */
    public static double negativeLogLikelihood(List<List<StanceProbabilities>> readings, List<StanceLabel> gold, double[] w) {
        double loss = 0;
        for (int k = 0; k < gold.size(); k++) {
            StanceProbabilities p = org.quotestance.stance.StackedStanceClassifier.combine(readings.get(k), w);
            loss -= Math.log(Math.max(1e-12, p.get(gold.get(k))));
        }
        return loss / gold.size();
    }
}
