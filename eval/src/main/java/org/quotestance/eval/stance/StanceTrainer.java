package org.quotestance.eval.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StanceFeatures;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;

/**
 * Trains a {@link LogisticStanceModel} by stochastic gradient descent with AdaGrad step sizes and L2
 * regularisation, each example weighted inversely to its label's frequency within its domain (so macro-F1,
 * not accuracy on the majority class, is what the loss favours), each domain visited as often as the
 * others (a small domain's examples repeat within an epoch). Deterministic for a given seed and data
 * order.
 *
 * @param epochs       passes over the data
 * @param learningRate AdaGrad base step
 * @param l2           L2 penalty per update
 * @param seed         shuffling seed
 */
public record StanceTrainer(int epochs, double learningRate, double l2, long seed) {

    /** The settings the shipped model was trained with. */
    public static StanceTrainer defaults() {
        return new StanceTrainer(8, 0.005, 1e-6, 42);
    }

    public LogisticStanceModel train(List<LabeledStance> data) {
        int d = LogisticStanceModel.DIMENSIONS;
        float[][] w = new float[3][d];
        float[][] g2 = new float[3][d];
        DomainBalance balance = new DomainBalance(data);
        List<int[]> buckets = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (LabeledStance x : data) {
            Map<String, Double> f = StanceFeatures.extract(x.input());
            int[] b = new int[f.size()];
            double[] v = new double[f.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : f.entrySet()) {
                b[k] = LogisticStanceModel.bucket(e.getKey());
                v[k++] = e.getValue();
            }
            buckets.add(b);
            values.add(v);
        }
        // The few hundred news examples written for this project are not drowned by the public data sets.
        List<Integer> order = balance.visits();
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabeledStance x = data.get(i);
                double weight = balance.weight(x);
                int[] b = buckets.get(i);
                double[] v = values.get(i);
                double[] s = new double[3];
                for (int k = 0; k < b.length; k++) {
                    for (int y = 0; y < 3; y++) {
                        s[y] += w[y][b[k]] * v[k];
                    }
                }
                StanceProbabilities p = StanceProbabilities.softmax(s);
                for (int y = 0; y < 3; y++) {
                    double grad = weight * (p.get(StanceLabel.values()[y]) - (y == x.label().ordinal() ? 1 : 0));
                    for (int k = 0; k < b.length; k++) {
                        double gk = grad * v[k] + l2 * w[y][b[k]];
                        g2[y][b[k]] += (float) (gk * gk);
                        w[y][b[k]] -= (float) (learningRate * gk / Math.sqrt(g2[y][b[k]] + 1e-8));
                    }
                }
            }
        }
        return new LogisticStanceModel(w);
    }
}
