package org.quotestance.stance;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A statement's stance toward one topic's target.
 *
 * @param probabilities the class probabilities
 * @param basis         what they rest on
 * @param trigger       the stance word of a {@link StanceBasis#FRAME} or the reply word of a {@link StanceBasis#REPLY},
 *                      as offsets into the original text; {@code null} for {@link StanceBasis#MODEL}
 */
public record TopicStance(StanceProbabilities probabilities, StanceBasis basis, Span trigger) {

    public TopicStance {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(basis, "basis");
        if ((basis == StanceBasis.MODEL) != (trigger == null)) {
            throw new IllegalArgumentException("a " + basis + " stance " + (trigger == null ? "needs" : "has no") + " trigger");
        }
    }

    /** The most probable label. */
    public StanceLabel label() {
        return probabilities.label();
    }

    /** Whether it rests on an explicit expression (a frame or a reply) rather than the classifier alone. */
    public boolean explicit() {
        return basis != StanceBasis.MODEL;
    }
}
