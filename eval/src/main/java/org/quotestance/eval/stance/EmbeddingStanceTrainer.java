package org.quotestance.eval.stance;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.SentenceEncoder;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;

/**
 * Trains an {@link EmbeddingStanceModel} by plain SGD with L2, labels weighted inversely to their frequency
 * within their domain and small domains repeated so each domain counts equally. Deterministic for a given
 * seed.
 *
 * @param epochs       passes over the data
 * @param learningRate SGD step
 * @param l2           L2 penalty per update
 * @param seed         shuffling seed
 */
public record EmbeddingStanceTrainer(int epochs, double learningRate, double l2, long seed) {

    /** The settings the shipped model was trained with: 30 epochs at 0.05 with L2 1e-4 (chosen on the dev sets). */
    public static EmbeddingStanceTrainer defaults() {
        return new EmbeddingStanceTrainer(30, 0.05, 1e-4, 42);
    }

    /**
     * A model on {@code encoder} trained on {@code data}.
     *
     * @param vectors each item's sentence embedding by {@code encoder}, in the order of {@code data}
     */
    public EmbeddingStanceModel train(SentenceEncoder encoder, List<LabeledStance> data, List<float[]> vectors) {
        int dims = encoder.dimensions();
        float[][] w = new float[3][EmbeddingStanceModel.weightsPerClass(dims)];
        DomainBalance balance = new DomainBalance(data);
        List<Integer> order = balance.visits();
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LabeledStance ex = data.get(i);
                float[] x = vectors.get(i);
                double weight = balance.weight(ex);
                StanceProbabilities p = StanceProbabilities.softmax(EmbeddingStanceModel.scores(w, x, ex.input().domain()));
                for (int y = 0; y < 3; y++) {
                    double g = weight * (p.get(StanceLabel.values()[y]) - (y == ex.label().ordinal() ? 1 : 0));
                    for (int off : EmbeddingStanceModel.blockOffsets(dims, ex.input().domain())) {
                        for (int k = 0; k < dims; k++) {
                            w[y][off + k] -= (float) (learningRate * (g * x[k] + l2 * w[y][off + k]));
                        }
                        w[y][off + dims] -= (float) (learningRate * g);
                    }
                }
            }
        }
        return new EmbeddingStanceModel(encoder, w);
    }
}
