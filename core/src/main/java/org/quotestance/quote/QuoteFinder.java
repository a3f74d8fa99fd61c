package org.quotestance.quote;

import java.util.List;
import org.quotestance.text.CleanText;

/**
 * Finds every quotation in a document.
 *
 * <p>Contract: the result is sorted by start offset (an enclosing quote before the quotes nested in it);
 * every span lies inside the text and starts at a quote mark (or at the character entity, such as
 * {@code &ldquo;}, that encodes one); no top-level quote crosses into a paragraph
 * unless that paragraph reopens it (the news convention for quotes that run over several paragraphs) or
 * the paragraph before it is a line that runs on into it (a single line break after a line that ends
 * without a sentence-ending or quote mark: text wrapped by hand);
 * text without quote marks gives an empty list. Never throws on odd text. Implementations are
 * thread-safe.
 */
public interface QuoteFinder {

    List<QuoteSpan> find(CleanText text);
}
