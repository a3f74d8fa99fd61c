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
     * A stack fit scored by cross-validation: each item's label read with weights fitted ({@link #fitStack}) on
     * the items {@code fitOn} accepts outside the item's fold, and the weights of each fold.
     */
    public record StackCrossValidation(List<StanceLabel> predicted, List<double[]> weights) {
    }

    /**
     * Cross-validates {@link #fitStack}: for each of {@code folds} folds, fits on the items that {@code fitOn} accepts
     * and {@code fold} puts elsewhere, and reads the fold's items, all of them, with those weights.
     */
    public static StackCrossValidation crossValidateStack(List<List<StanceProbabilities>> readings, List<StanceLabel> gold,
                                                          java.util.function.IntPredicate fitOn,
                                                          java.util.function.IntUnaryOperator fold, int folds) {
        if (readings.size() != gold.size() || folds < 2) {
            throw new IllegalArgumentException(readings.size() + " readings for " + gold.size() + " gold labels in "
                    + folds + " folds; needs as many readings as labels and two folds or more");
        }
        for (int k = 0; k < gold.size(); k++) {
            int f = fold.applyAsInt(k);
            if (f < 0 || f >= folds) {
                throw new IllegalArgumentException("item " + k + " is put in fold " + f + ", not one of 0 to " + (folds - 1));
            }
        }
        List<StanceLabel> predicted = new java.util.ArrayList<>(java.util.Collections.nCopies(gold.size(), (StanceLabel) null));
        List<double[]> weights = new java.util.ArrayList<>();
        for (int f = 0; f < folds; f++) {
            final int held = f;
            double[] w = fitStack(readings, gold, k -> fold.applyAsInt(k) != held && fitOn.test(k));
            weights.add(w);
            for (int k = 0; k < gold.size(); k++) {
                if (fold.applyAsInt(k) == f) {
                    predicted.set(k, org.quotestance.stance.StackedStanceClassifier.combine(readings.get(k), w).label());
                }
            }
        }
        return new StackCrossValidation(List.copyOf(predicted), List.copyOf(weights));
    }

    /** {@link #fitStack(List, List)} on the items that {@code fitOn} accepts. */
    public static double[] fitStack(List<List<StanceProbabilities>> readings, List<StanceLabel> gold,
                                    java.util.function.IntPredicate fitOn) {
        List<List<StanceProbabilities>> fitReadings = new java.util.ArrayList<>();
        List<StanceLabel> fitGold = new java.util.ArrayList<>();
        for (int k = 0; k < gold.size(); k++) {
            if (fitOn.test(k)) {
                fitReadings.add(readings.get(k));
                fitGold.add(gold.get(k));
            }
        }
        return fitStack(fitReadings, fitGold);
    }

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
