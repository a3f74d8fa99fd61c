package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * Who said a quote, and what in the text says so.
 *
 * @param quote      the span of the attributed quote
 * @param speakerId  id of the {@link org.quotestance.entity.Speaker}; null when the mention could not be
 *                   resolved to anyone (a pronoun with no antecedent)
 * @param mention    the words naming the speaker that the attribution rests on
 * @param cue        the speech cue it rests on
 * @param rule       which rule found it
 * @param confidence estimated probability that the speaker is right, 0 to 1
 */
public record Attribution(Span quote, String speakerId, Mention mention, Cue cue, AttributionRule rule,
                          double confidence) {

    public Attribution {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }
}
