package org.quotestance.eval;

import java.util.List;
import java.util.Objects;
import org.quotestance.text.Span;

/**
 * One annotated attribution: content, source and cue, as an annotator marked them.
 *
 * @param content      from the first to the last char of the content (parts may be discontinuous)
 * @param contentParts the content's parts
 * @param source       the source mention; null when the annotator marked none
 * @param sourceText   the source mention's text, or the empty string
 * @param direct       whether the content is wrapped in quote marks (a direct quotation)
 */
public record GoldAttribution(Span content, List<Span> contentParts, Span source, String sourceText, boolean direct) {

    public GoldAttribution {
        Objects.requireNonNull(content, "content");
        contentParts = List.copyOf(contentParts);
        sourceText = sourceText == null ? "" : sourceText;
    }
}
