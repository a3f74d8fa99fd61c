package org.quotestance.stance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotestance.attribution.Cue;
import org.quotestance.attribution.Mention;
import org.quotestance.text.Span;

/**
 * Something a speaker said, with the topics it is about and its stance toward each.
 *
 * @param content    the words: the quote (marks included) for DIRECT, the sentence for PARTIAL and INDIRECT
 * @param kind       how it reports the speech
 * @param speakerId  id of the {@link org.quotestance.entity.Speaker}
 * @param mention    the words naming the speaker
 * @param cue        the speech cue
 * @param confidence estimated probability that the speaker is right
 * @param topics     ids of the topics it is about: mentioned in it or in its sentence, or set by the
 *                   heading above it
 * @param stances    for each of its topics, its stance toward that topic's target
 * @param enclosedBy the content of a statement of the same speaker that holds these words and names the topics
 *                   only within them (the sentence of a partial quote that holds a direct one), or {@code null}:
 *                   that statement reads the same words in their context, so a speaker's stance counts it instead
 *                   of this one
 */
public record Statement(Span content, StatementKind kind, String speakerId, Mention mention, Cue cue, double confidence,
                        List<String> topics, Map<String, TopicStance> stances, Span enclosedBy) {

    public Statement {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerId, "speakerId");
        topics = List.copyOf(topics);
        stances = Map.copyOf(stances);
        if (enclosedBy != null && (enclosedBy.equals(content) || !enclosedBy.contains(content))) {
            throw new IllegalArgumentException("a statement at " + content + " cannot be enclosed by " + enclosedBy);
        }
    }

    /** A statement that no other encloses. */
    public Statement(Span content, StatementKind kind, String speakerId, Mention mention, Cue cue, double confidence,
                     List<String> topics, Map<String, TopicStance> stances) {
        this(content, kind, speakerId, mention, cue, confidence, topics, stances, null);
    }

    /** The statement's words in {@code document}. */
    public String text(String document) {
        return content.textOf(document);
    }
}
