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
        List<List<StanceProbabilities>> byMember = members.stream().map(c -> c.classifyAll(inputs)).toList();
        List<List<StanceProbabilities>> out = new java.util.ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            final int k = i;
            out.add(byMember.stream().map(m -> m.get(k)).toList());
        }
        return out;
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
