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
