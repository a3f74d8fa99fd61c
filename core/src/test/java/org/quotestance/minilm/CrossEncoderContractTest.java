package org.quotestance.minilm;

import org.quotestance.stance.StanceClassifier;
import org.quotestance.testkit.StanceClassifierContract;

/** The shipped cross-encoder keeps the {@link StanceClassifier} contract. */
class CrossEncoderContractTest extends StanceClassifierContract {

    @Override
    protected StanceClassifier classifier() {
        return CrossEncoderStanceModel.shipped();
    }

    /**
     * Its int8 model quantizes each batch's activations with one scale, so an input read in a batch differs a
     * little from the same input read alone: up to 0.12 in a probability, measured on the contract's inputs.
     */
    @Override
    protected double batchTolerance() {
        return 0.15;
    }
}
