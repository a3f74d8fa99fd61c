package org.quotestance.stance;

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
    static StanceProbabilities softmax(double[] scores) {
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
