package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.nlp.Sentence;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/** A quote that ends its paragraph, then a short paragraph of its own naming the speaker: "— Bernie Sanders." */
public final class DashParagraphSieve implements AttributionSieve {

    /** The quote ends at most this many chars before its paragraph does (a closing period or space; set by hand). */
    static final int QUOTE_END_SLACK = 2;
    /** The longest paragraph read as a dash credit line, in chars. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 40: the same. */
    static final int MAX_CREDIT_LENGTH = 80;
    /** A credit line is a layout convention, less sure than a lead-in within the sentence (confidence only; set by hand). */
    static final double CERTAINTY = 0.9;

    @Override
    public AttributionRule rule() {
        return AttributionRule.DASH_CREDIT;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext quote, DocumentContext doc) {
        QuoteSpan q = quote.span();
        Span para = doc.paragraph(q.paragraph()).span();
        if (q.span().end() < para.end() - QUOTE_END_SLACK || q.paragraph() + 1 >= doc.paragraphCount()) {
            return Optional.empty();
        }
        Span next = doc.paragraph(q.paragraph() + 1).span();
        if (next.isEmpty() || next.length() > MAX_CREDIT_LENGTH || !Dashes.isDash(doc.text().charAt(next.start()))) {
            return Optional.empty();
        }
        int first = doc.nlp().firstTokenAtOrAfter(next.start());
        int size = doc.tokens().size();
        while (first < size && doc.token(first).start() < next.end() && Dashes.isDash(doc.token(first).word())) {
            first++;
        }
        if (first >= size || doc.token(first).start() >= next.end()) {
            return Optional.empty();
        }
        Sentence s = doc.sentenceOf(first);
        TokenRange np = doc.phraseAfter(first, s.endToken()).orElse(null);
        if (np == null || !doc.token(np.last()).isProperNoun()) {
            return Optional.empty();
        }
        return Optional.of(Candidate.mention(np, doc.cue(new Span(next.start(), next.start() + 1)), CERTAINTY));
    }
}
