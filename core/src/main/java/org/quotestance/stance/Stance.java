package org.quotestance.stance;

import java.util.List;
import java.util.Objects;
import org.quotestance.text.Span;

/**
 * Where one speaker stands on one topic in a document, and the statements that say so.
 *
 * @param speakerId     the speaker's id
 * @param speaker       the speaker's name
 * @param topic         the topic's id
 * @param label         the aggregate stance; null when the speaker never addresses the topic (reported as NONE)
 * @param confidence    the aggregate probability of {@code label}, 0 to 1
 * @param probabilities the statements' probabilities pooled, weighted by attribution confidence
 * @param evidence      the statements counted in it, most decisive first (a quote counted as the sentence
 *                      that encloses it is left out: {@link Statement#enclosedBy})
 */
public record Stance(String speakerId, String speaker, String topic, StanceLabel label, double confidence,
                     StanceProbabilities probabilities, List<Span> evidence) {

    public Stance {
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(topic, "topic");
        evidence = List.copyOf(evidence);
    }

    /** FAVOR, AGAINST, NEUTRAL, or NONE when the speaker does not address the topic. */
    public String labelName() {
        return label == null ? "NONE" : label.name();
    }
}
