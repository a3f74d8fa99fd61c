package org.quotestance.stance;

import org.quotestance.ShippedModels;
import org.quotestance.testkit.StanceClassifierContract;

/** The classifier QuoteStance uses by default, the shipped stack, keeps the {@link StanceClassifier} contract. */
class StackedStanceClassifierContractTest extends StanceClassifierContract {

    @Override
    protected StanceClassifier classifier() {
        return ShippedModels.stanceClassifier();
    }

    /** Its cross-encoder reads a batch's activations with one quantization scale (see {@code CrossEncoderContractTest}). */
    @Override
    protected double batchTolerance() {
        return 0.15;
    }
}
