package org.quotestance.quote;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A stretch of text between quote marks, as a {@link QuoteFinder} found it.
 *
 * @param span      from the opening mark to the closing mark inclusive; for an unclosed quote, to the
 *                  end of the paragraph where it stops
 * @param content   the text inside the marks, trimmed of white space
 * @param closed    whether a closing mark ended it
 * @param depth     0 for a top-level quote, 1 for a quote inside another, and so on
 * @param paragraph index of the paragraph where it opens
 */
public record QuoteSpan(Span span, Span content, boolean closed, int depth, int paragraph) {

    public QuoteSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(content, "content");
        if (!span.contains(content)) {
            throw new IllegalArgumentException("content " + content + " lies outside quote " + span);
        }
    }
}
