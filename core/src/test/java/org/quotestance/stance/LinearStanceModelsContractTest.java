package org.quotestance.stance;

import org.quotestance.ShippedModels;
import org.quotestance.testkit.StanceClassifierContract;

/** The shipped linear models, averaged, keep the {@link StanceClassifier} contract. */
class LinearStanceModelsContractTest extends StanceClassifierContract {

    @Override
    protected StanceClassifier classifier() {
        return ShippedModels.linearStanceModels();
    }
}
