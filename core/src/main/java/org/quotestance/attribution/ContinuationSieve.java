package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/**
 * A quote continues the attributed quote before it: in the same paragraph, or opening the next paragraph
 * when that quote ended near the end of its own. Only for sentence-like quotes.
 */
public final class ContinuationSieve implements AttributionSieve {

    /**
     * The previous quote is followed by at most this many tokens of its paragraph. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 16:
     * 83.5 / 84.7 (left for the issue on quote-only paragraphs, which measures it on other outlets' styles).
     */
    static final int PARAGRAPH_TAIL_TOKENS = 8;

    @Override
    public AttributionRule rule() {
        return AttributionRule.CONTINUATION;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext quote, DocumentContext doc) {
        if (!quote.sentenceLike() || !quote.hasPrevious()) {
            return Optional.empty();
        }
        QuoteSpan q = quote.span();
        QuoteSpan p = quote.previousSpan();
        boolean samePara = p.paragraph() == q.paragraph();
        boolean nextPara = p.paragraph() == q.paragraph() - 1 && doc.startsParagraph(q) && endsNearParagraphEnd(doc, p);
        if (!samePara && !nextPara) {
            return Optional.empty();
        }
        return Optional.of(Candidate.continuing(quote, 1.0));
    }

    private static boolean endsNearParagraphEnd(DocumentContext doc, QuoteSpan p) {
        Span para = doc.paragraph(p.paragraph()).span();
        int tail = 0;
        for (int k = doc.nlp().firstTokenAtOrAfter(p.span().end()); k < doc.tokens().size()
                && doc.token(k).start() < para.end(); k++) {
            tail++;
        }
        return tail <= PARAGRAPH_TAIL_TOKENS;
    }
}
