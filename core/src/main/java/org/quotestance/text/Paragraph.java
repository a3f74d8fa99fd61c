package org.quotestance.text;

import java.util.Objects;

/**
 * A paragraph of the document: one line of scraped text, or a block of hard-wrapped lines.
 *
 * @param span      extent in the original text, without surrounding white space
 * @param index     position among the document's paragraphs, from 0
 * @param heading   whether it reads as a title, subheading, byline or dateline rather than body text
 * @param duplicate whether it repeats an earlier paragraph (scraped pages repeat headlines)
 */
public record Paragraph(Span span, int index, boolean heading, boolean duplicate) {

    public Paragraph {
        Objects.requireNonNull(span, "span");
    }
}
