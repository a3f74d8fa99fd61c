package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/**
 * One body quote as the sieves see it: its span, first and last tokens and sentences, its paragraph, and
 * the attributed quote before it.
 *
 * @param index         the quote's position among the document's quote spans
 * @param span          the quote
 * @param firstToken    its first token (for a quote with no token of its own, the first token after it)
 * @param lastToken     its last token
 * @param firstSentence the sentence of its first token
 * @param lastSentence  the sentence of its last token
 * @param paragraph     the extent of its paragraph
 * @param sentenceLike  whether it reads as a sentence of its own rather than a fragment (rules that read
 *                      beyond its sentence apply only then)
 * @param previous      index of the last attributed quote before it, -1 if none
 * @param previousSpan  that quote's span, null if none
 * @param previousCue   that quote's cue, null if none
 */
public record QuoteContext(int index, QuoteSpan span, int firstToken, int lastToken, int firstSentence,
                           int lastSentence, Span paragraph, boolean sentenceLike, int previous,
                           QuoteSpan previousSpan, Cue previousCue) {

    public QuoteContext {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(paragraph, "paragraph");
        if (lastToken < firstToken || lastSentence < firstSentence) {
            throw new IllegalArgumentException("quote " + index + " has tokens [" + firstToken + ", " + lastToken
                    + "] and sentences [" + firstSentence + ", " + lastSentence + "]");
        }
        if ((previous < 0) != (previousSpan == null) || (previous < 0) != (previousCue == null)) {
            throw new IllegalArgumentException("previous quote " + previous + " without its span and cue");
        }
    }

    /** Whether an attributed quote comes before this one. */
    public boolean hasPrevious() {
        return previous >= 0;
    }
}
