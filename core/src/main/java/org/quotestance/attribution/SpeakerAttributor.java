package org.quotestance.attribution;

import java.util.List;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;

/**
 * Decides what kind each found quote is and who said it.
 *
 * <p>Contract: returns one {@link org.quotestance.quote.Quote} per input span, in the same order, and at
 * most one {@link Attribution} per quote; every attribution's speaker id, when set, names one of the
 * returned speakers; scare quotes, names and nested quotes get no attribution. {@code nlp} must have been
 * computed on {@code text.working()}. Implementations are thread-safe; per-document state lives in the
 * call.
 */
public interface SpeakerAttributor {

    AttributedQuotes attribute(CleanText text, AnnotatedText nlp, List<QuoteSpan> quotes);
}
