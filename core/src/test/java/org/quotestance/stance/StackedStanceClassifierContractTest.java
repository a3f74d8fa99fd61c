package org.quotestance.stance;

import org.quotestance.ShippedModels;
import org.quotestance.testkit.StanceClassifierContract;

/** The classifier QuoteStance uses by default, the shipped stack, keeps the {@link StanceClassifier} contract. */
class StackedStanceClassifierContractTest extends StanceClassifierContract {

    @Override
    protected StanceClassifier classifier() {
        return ShippedModels.stanceClassifier();
    }

    /** Its cross-encoder's probabilities move with a batch's padding by a rounding error (see {@code CrossEncoderContractTest}). */
    @Override
    protected double batchTolerance() {
        return 1e-4;
    }
}
