package org.quotestance.topic;

import java.util.List;
import java.util.Objects;

/**
 * A topic an analyst follows, with a target proposition that makes FAVOR and AGAINST well defined.
 *
 * @param id         short stable identifier: lower-case letters, digits and dashes ("nord-stream-2")
 * @param label      a name for people ("Nord Stream 2")
 * @param target     the proposition stances are taken toward ("The Nord Stream 2 pipeline should be completed")
 * @param aliases    names that mention the topic, matched case-insensitively, with spaces, hyphens and dashes
 *                   interchangeable ("Nord Stream 2" also matches "Nord Stream-2" and "nord stream 2")
 * @param patterns   regular expressions that mention the topic (Java syntax, as written)
 * @param references phrases that refer back to the topic once it has been mentioned nearby ("the pipeline")
 * @param favor      example statements in favour of the target
 * @param against    example statements against the target
 */
public record Topic(String id, String label, String target, List<String> aliases, List<String> patterns,
                    List<String> references, List<String> favor, List<String> against) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        aliases = List.copyOf(aliases);
        patterns = List.copyOf(patterns);
        references = List.copyOf(references);
        favor = List.copyOf(favor);
        against = List.copyOf(against);
    }

    /** A topic with aliases only. */
    public static Topic of(String id, String label, String target, String... aliases) {
        return new Topic(id, label, target, List.of(aliases), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public String toString() {
        return id + " (" + target + ")";
    }
}
