package org.quotestance;

import java.util.List;
import org.quotestance.minilm.MiniLmEncoder;
import org.quotestance.stance.AveragedStanceClassifier;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.LogisticStanceModel;

/** The trained models that ship in the jar, each loaded once per JVM on first use. */
public final class ShippedModels {

    private ShippedModels() {
    }

    private static final class Stance {
        static final AveragedStanceClassifier CLASSIFIER = new AveragedStanceClassifier(List.of(LogisticStanceModel.shipped(),
                EmbeddingStanceModel.shipped(MiniLmEncoder.shared())));
    }

    /**
     * The stance classifier QuoteStance uses by default: the n-gram model ({@link LogisticStanceModel}) and the
     * sentence-embedding model ({@link EmbeddingStanceModel} on all-MiniLM-L6-v2), their probabilities averaged.
     */
    public static AveragedStanceClassifier stanceClassifier() {
        return Stance.CLASSIFIER;
    }
}
