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
     * Its 4-bit model computes in float, so an input read in a batch differs from the same input read alone only
     * through the batch's padding, by a rounding error well under this tolerance.
     */
    @Override
    protected double batchTolerance() {
        return 1e-4;
    }
}
