package org.quotestance.stance;

/** Classifies one statement's stance toward one target proposition. Implementations are thread-safe. */
public interface StanceClassifier {

    StanceProbabilities classify(StanceInput input);
}
