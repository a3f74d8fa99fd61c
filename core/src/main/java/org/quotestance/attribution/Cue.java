package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * The words that mark a quote as someone's speech: "said", "pointed out", "according to", a colon or a dash.
 *
 * @param span where they stand in the original text
 * @param text the words themselves, as in the original text
 */
public record Cue(Span span, String text) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
