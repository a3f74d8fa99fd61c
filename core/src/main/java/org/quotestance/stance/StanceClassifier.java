package org.quotestance.stance;

import java.util.List;

/** Classifies one statement's stance toward one target proposition. Implementations are thread-safe. */
public interface StanceClassifier {

    StanceProbabilities classify(StanceInput input);

    /**
     * Each input's probabilities, in input order. A model that runs faster on several inputs at once (a batch
     * of a document's statements and topics) overrides this; the default classifies them one by one.
     */
    default List<StanceProbabilities> classifyAll(List<StanceInput> inputs) {
        return inputs.stream().map(this::classify).toList();
    }
}
