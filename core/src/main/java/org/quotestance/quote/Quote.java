package org.quotestance.quote;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A quotation found in a document.
 *
 * @param span      from the opening mark to the closing mark inclusive (to the paragraph end when unclosed)
 * @param content   the words inside the marks
 * @param kind      what kind of quotation it is
 * @param closed    whether its closing mark was found
 * @param paragraph index of the paragraph where it opens
 */
public record Quote(Span span, Span content, QuoteKind kind, boolean closed, int paragraph) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }

    /** The quote with its marks, read from the document text it was found in. */
    public String text(String document) {
        return span.textOf(document);
    }
}
