package org.quotestance.stance;

import java.util.Collections;
import java.util.List;

/** The mean of several classifiers' probabilities. Thread-safe when its members are. */
public final class AveragedStanceClassifier implements StanceClassifier {

    private final List<StanceClassifier> members;

    public AveragedStanceClassifier(List<StanceClassifier> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no classifiers to average");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        return mean(classifyEach(input));
    }

    /** Each member classifies all inputs at once (batched where it batches); then the means, in input order. */
    @Override
    public List<StanceProbabilities> classifyAll(List<StanceInput> inputs) {
        return classifyEachAll(inputs).stream().map(AveragedStanceClassifier::mean).toList();
    }

    /** For each input, each member's probabilities in member order; each member classifies all inputs in one call. */
    public List<List<StanceProbabilities>> classifyEachAll(List<StanceInput> inputs) {
        return StanceClassifier.readEach(members, inputs);
    }

    /** The classifiers averaged, in the order given. */
    public List<StanceClassifier> members() {
        return members;
    }

    /** Each member's probabilities for {@code input}, in member order; {@link #mean} of them is {@link #classify}. */
    public List<StanceProbabilities> classifyEach(StanceInput input) {
        return members.stream().map(c -> c.classify(input)).toList();
    }

    /** The mean of several distributions. */
    public static StanceProbabilities mean(List<StanceProbabilities> each) {
        return StanceProbabilities.weightedMean(each, Collections.nCopies(each.size(), 1.0));
    }
}
