package org.quotestance;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.quotestance.minilm.CrossEncoderStanceModel;
import org.quotestance.minilm.MiniLmEncoder;
import org.quotestance.nlp.LoadOnce;
import org.quotestance.nlp.NlpBackendException;
import org.quotestance.stance.AveragedStanceClassifier;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StackedStanceClassifier;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceProbabilities;

/** The trained models that ship in the jar, each loaded once per JVM on first use. */
public final class ShippedModels {

    private ShippedModels() {
    }

    private static final LoadOnce<AveragedStanceClassifier> LINEAR = new LoadOnce<>("the linear stance models",
            () -> new AveragedStanceClassifier(List.of(LogisticStanceModel.shipped(), EmbeddingStanceModel.shipped(MiniLmEncoder.shared()))));

    /**
     * The linear stance models, their probabilities averaged: the n-gram model ({@link LogisticStanceModel}) and
     * the sentence-embedding model ({@link EmbeddingStanceModel} on all-MiniLM-L6-v2). They read the statement
     * alone; QuoteStance used them by default before the cross-encoder.
     */
    public static AveragedStanceClassifier linearStanceModels() {
        return LINEAR.get();
    }

    /** The fine-tuned cross-encoder, which reads the target and the statement together. */
    public static CrossEncoderStanceModel crossEncoder() {
        return CrossEncoderStanceModel.shipped();
    }

    private static final LoadOnce<StackedStanceClassifier> STACKED = new LoadOnce<>("the stacked stance classifier",
            () -> new StackedStanceClassifier(List.of(crossEncoder(), linearStanceModels()), stackWeights()));

    private static double[] stackWeights() {
        try (InputStream in = StackedStanceClassifier.class.getResourceAsStream(STACK_WEIGHTS)) {
            if (in == null) {
                throw new NlpBackendException("the stance stack weights (" + STACK_WEIGHTS + ") are not on the class path");
            }
            return StackedStanceClassifier.readWeights(in, STACK_MEMBERS);
        } catch (IOException e) {
            throw new NlpBackendException("cannot read the stance stack weights " + STACK_WEIGHTS + ": " + e.getMessage(), e);
        }
    }

    /** Written by {@code train-stance}: the weights that stack the cross-encoder and the linear models. */
    private static final String STACK_WEIGHTS = "stance-ensemble.json";
    /** The members the stack file must name, in the order {@link #stanceClassifier()} stacks them. */
    public static final List<String> STACK_MEMBERS = List.of("cross-encoder", "linear models");

    /**
     * The stance classifier QuoteStance uses by default: the cross-encoder and the linear models stacked
     * ({@link StackedStanceClassifier}, weights fitted on the dev sets).
     */
    public static StackedStanceClassifier stanceClassifier() {
        return STACKED.get();
    }

    /** {@link #stanceClassifier()}, loaded on its first call rather than now, batching as it does. */
    static StanceClassifier lazyStanceClassifier() {
        return new StanceClassifier() {
            @Override
            public StanceProbabilities classify(StanceInput input) {
                return stanceClassifier().classify(input);
            }

            @Override
            public List<StanceProbabilities> classifyAll(List<StanceInput> inputs) {
                return stanceClassifier().classifyAll(inputs);
            }
        };
    }
}
