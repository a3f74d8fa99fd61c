package org.quotestance.stance;

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
        double f = 0;
        double a = 0;
        double n = 0;
        for (StanceClassifier c : members) {
            StanceProbabilities p = c.classify(input);
            f += p.favor();
            a += p.against();
            n += p.neutral();
        }
        int k = members.size();
        return new StanceProbabilities(f / k, a / k, n / k);
    }
}
