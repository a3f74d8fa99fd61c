package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/**
 * A paragraph that is only a quote continues whoever spoke last in the body paragraph before it — the
 * wire convention for long quotes ("“The line will open in May,” said Okafor, whose office oversees the
 * tender. ¶ “After that ...”", "Mendes said the rules leave tenants with no recourse. ¶ “You sign, or you
 * leave ...”"). Whoever spoke last is the later of the last attributed quote of that paragraph and its last
 * speech cue with a speaker, so a speaker who intervenes takes over; a chain of such paragraphs carries
 * the speaker on. Only for sentence-like quotes.
 */
public final class QuoteParagraphSieve implements AttributionSieve {

    /** At most this many chars of the paragraph may stand outside the quote (a closing period, spaces). */
    static final int OUTSIDE_QUOTE_SLACK = 2;
    /**
     * A quote paragraph of fewer words is a subheading or a pull quote ('A really tough decision.'), not a
     * continued quote; read on the misses of PolNeAR train.
     */
    static final int MIN_WORDS = 6;

    @Override
    public AttributionRule rule() {
        return AttributionRule.QUOTE_PARAGRAPH;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext quote, DocumentContext doc) {
        QuoteSpan q = quote.span();
        if (!quote.sentenceLike() || q.paragraph() == 0 || !doc.startsParagraph(q)) {
            return Optional.empty();
        }
        Span para = doc.paragraph(q.paragraph()).span();
        if (para.end() - q.span().end() > OUTSIDE_QUOTE_SLACK) {
            return Optional.empty();
        }
        if (doc.wordsIn(q).size() < MIN_WORDS) {
            return Optional.empty();
        }
        Paragraph before = doc.paragraph(q.paragraph() - 1);
        if (before.heading() || before.span().isEmpty() || doc.endsInColon(before)) {
            return Optional.empty(); // "Frank quotes Alfred Kahn:": a lead-in, for the colon-paragraph sieve or nobody
        }
        // The previous quote may open in an earlier paragraph and run into this one's predecessor.
        int quoteEnd = quote.hasPrevious() && quote.previousSpan().span().end() > before.span().start()
                ? quote.previousSpan().span().end() : -1;
        CueHit lastCue = lastSpokenCue(doc, before.span());
        if (lastCue != null && lastCue.span().start() > quoteEnd) {
            return Optional.of(Candidate.cue(lastCue, doc.cue(lastCue.span()), 1.0));
        }
        return quoteEnd >= 0 ? Optional.of(Candidate.continuing(quote, 1.0)) : Optional.empty();
    }

    /**
     * The first cue with a speaker of the last sentence of {@code para} that has one: the main clause's
     * speaker ("Carter said that some critics had been predicting ..." is Carter); null if none.
     */
    private static CueHit lastSpokenCue(DocumentContext doc, Span para) {
        int first = doc.nlp().sentenceAt(para.start());
        int last = doc.nlp().sentenceAt(para.end() - 1);
        for (int s = last; s >= Math.max(0, first); s--) {
            Optional<CueHit> h = doc.firstCue(s, c -> c.hasSpeaker() && para.contains(c.span()));
            if (h.isPresent()) {
                return h.get();
            }
        }
        return null;
    }
}
