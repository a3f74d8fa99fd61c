package org.quotestance.stance;

import java.util.List;

/**
 * Class probabilities of one statement toward one target; they sum to 1.
 *
 * @param favor   probability of FAVOR
 * @param against probability of AGAINST
 * @param neutral probability of NEUTRAL
 */
public record StanceProbabilities(double favor, double against, double neutral) {

    public StanceProbabilities {
        double sum = favor + against + neutral;
        if (!(favor >= 0 && against >= 0 && neutral >= 0) || Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("not a distribution: " + favor + ", " + against + ", " + neutral);
        }
    }

    /** From scores in {@link StanceLabel} order, by softmax. */
    public static StanceProbabilities softmax(double[] scores) {
        double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
        double f = Math.exp(scores[0] - max);
        double a = Math.exp(scores[1] - max);
        double n = Math.exp(scores[2] - max);
        double z = f + a + n;
        return new StanceProbabilities(f / z, a / z, 1 - f / z - a / z < 0 ? 0 : n / z);
    }

    public double get(StanceLabel label) {
        return switch (label) {
            case FAVOR -> favor;
            case AGAINST -> against;
            case NEUTRAL -> neutral;
        };
    }

    /**
     * The mean of several distributions, each counted with its weight: sum(w * p) / sum(w).
     *
     * @throws IllegalArgumentException when the lists differ in length or the weights sum to zero or less
     */
    public static StanceProbabilities weightedMean(List<StanceProbabilities> each, List<Double> weights) {
        if (each.size() != weights.size()) {
            throw new IllegalArgumentException(each.size() + " distributions but " + weights.size() + " weights");
        }
        double f = 0;
        double a = 0;
        double n = 0;
        double total = 0;
        for (int i = 0; i < each.size(); i++) {
            double w = weights.get(i);
            StanceProbabilities p = each.get(i);
            f += w * p.favor();
            a += w * p.against();
            n += w * p.neutral();
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights sum to " + total);
        }
        return new StanceProbabilities(f / total, a / total, n / total);
    }

    /** The least probability pooling takes the log of, so that one statement's certainty cannot veto the others. */
    static final double POOLING_FLOOR = 1e-4;

    /**
     * Independent pieces of evidence pooled log-linearly: each distribution raised to its weight, the products
     * normalised (a weighted product of experts). Unlike a mean, evidence that agrees accumulates: two statements
     * at 0.7 FAVOR give more than 0.7; a weight under 1 flattens a distribution toward uniform.
     *
     * @throws IllegalArgumentException when the lists differ in length or are empty
     */
    public static StanceProbabilities pooled(List<StanceProbabilities> each, List<Double> weights) {
        if (each.size() != weights.size() || each.isEmpty()) {
            throw new IllegalArgumentException(each.size() + " distributions and " + weights.size() + " weights");
        }
        double[] z = new double[3];
        for (int i = 0; i < each.size(); i++) {
            double w = weights.get(i);
            StanceProbabilities p = each.get(i);
            z[0] += w * Math.log(Math.max(POOLING_FLOOR, p.favor()));
            z[1] += w * Math.log(Math.max(POOLING_FLOOR, p.against()));
            z[2] += w * Math.log(Math.max(POOLING_FLOOR, p.neutral()));
        }
        return softmax(z);
    }

    /** These probabilities with FAVOR and AGAINST swapped: the stance of someone who says the opposite. */
    public StanceProbabilities opposite() {
        return new StanceProbabilities(against, favor, neutral);
    }

    /** The most probable label. */
    public StanceLabel label() {
        if (favor >= against && favor >= neutral) {
            return StanceLabel.FAVOR;
        }
        return against >= neutral ? StanceLabel.AGAINST : StanceLabel.NEUTRAL;
    }

    @Override
    public String toString() {
        return String.format("%s (favor %.2f, against %.2f, neutral %.2f)", label(), favor, against, neutral);
    }
}
