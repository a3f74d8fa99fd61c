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

    /**
     * For each input, each classifier's probabilities in the order the classifiers are given; each classifier
     * reads all inputs in one {@link #classifyAll} call.
     *
     * @throws IllegalStateException when a classifier gives another number of results than inputs
     */
    static List<List<StanceProbabilities>> readEach(List<? extends StanceClassifier> classifiers, List<StanceInput> inputs) {
        List<List<StanceProbabilities>> byClassifier = new java.util.ArrayList<>(classifiers.size());
        for (StanceClassifier c : classifiers) {
            List<StanceProbabilities> read = c.classifyAll(inputs);
            if (read.size() != inputs.size()) {
                throw new IllegalStateException(c.getClass().getName() + " gave " + read.size() + " results for "
                        + inputs.size() + " inputs");
            }
            byClassifier.add(read);
        }
        List<List<StanceProbabilities>> out = new java.util.ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            final int k = i;
            out.add(byClassifier.stream().map(m -> m.get(k)).toList());
        }
        return out;
    }
}
