package org.quotestance.topic;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * Where a document mentions a topic.
 *
 * @param topic the topic's id
 * @param span  the words in the original text
 * @param how   how the words mention it
 */
public record TopicMention(String topic, Span span, How how) {

    public TopicMention {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(how, "how");
    }

    /** How a mention refers to its topic. */
    public enum How {
        /** One of the topic's aliases: "Nord Stream 2", "Beixi-2". */
        ALIAS,
        /** One of its patterns. */
        PATTERN,
        /** A reference back to a topic mentioned just before: "the pipeline". */
        REFERENCE
    }
}
