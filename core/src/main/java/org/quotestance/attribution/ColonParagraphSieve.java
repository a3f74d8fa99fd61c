package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Paragraph;

/**
 * A quote that opens a paragraph right after a body paragraph ending "X said:" belongs to X. Only for
 * sentence-like quotes.
 */
public final class ColonParagraphSieve implements AttributionSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.COLON_PARAGRAPH;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext quote, DocumentContext doc) {
        QuoteSpan q = quote.span();
        if (!quote.sentenceLike() || !doc.startsParagraph(q) || q.paragraph() == 0) {
            return Optional.empty();
        }
        Paragraph before = doc.paragraph(q.paragraph() - 1);
        if (before.heading() || !doc.endsInColon(before)) {
            return Optional.empty();
        }
        int s = doc.nlp().sentenceAt(before.span().end() - 1);
        if (s < 0) {
            return Optional.empty();
        }
        return doc.firstCue(s, CueHit::hasSpeaker).map(h -> Candidate.cue(h, doc.cue(h.span()), 1.0));
    }
}
