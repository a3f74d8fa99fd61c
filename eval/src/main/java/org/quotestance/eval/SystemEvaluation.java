package org.quotestance.eval;

import java.util.Objects;

/**
 * One system's scores and run cost on a corpus.
 *
 * @param system a display name ("QuoteStance 0.1.0", "CoreNLP 4.5.10")
 * @param scores its scores
 * @param cost   what the run cost, or null when not measured
 */
public record SystemEvaluation(String system, QuoteScores scores, RunCost cost) {

    public SystemEvaluation {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(scores, "scores");
    }
}
