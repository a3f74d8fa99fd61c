package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.nlp.Sentence;
import org.quotestance.text.Span;

/**
 * A colon or dash lead-in: "Lavrov: “...”", "Clinton has since apologized: “...”", "“...” — Lavrov"; where
 * the clause before the colon has no named subject, the subject of the main clause after leading subordinate
 * ones ("When the old mayor died, Governor Ana Lind released a statement: “...”"), or else a person named right
 * before the colon ("doesn't surprise pollster Daron Shaw: “...”").
 */
public final class LeadInSieve implements AttributionSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.LEAD_IN;
    }

    /**
     * After subordinate clauses that open the sentence ("When Lee called it “a disaster,” Governor Ana Lind released
     * a statement: “...”"), the main clause's subject when it is a name; null otherwise, and when no such clause
     * opens it. A pronoun there is left to the usual reading: in "As Lee put it, we have a choice: “...”" Lee speaks.
     */
    private static TokenRange mainClauseName(DocumentContext doc, Sentence s, int colon) {
        int main = doc.afterLeadingSubordinateClauses(s.firstToken(), colon);
        if (main == s.firstToken()) {
            return null;
        }
        TokenRange subject = doc.clauseSubject(main, colon).orElse(null);
        if (subject == null) {
            return null;
        }
        for (int k = subject.first(); k <= subject.last(); k++) {
            if (doc.token(k).isProperNoun()) {
                return subject;
            }
        }
        return null;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext q, DocumentContext doc) {
        int before = q.firstToken() - 1;
        if (before >= 0 && doc.token(before).word().equals(":") && q.paragraph().contains(doc.token(before).span())) {
            Sentence s = doc.sentenceOf(before);
            TokenRange beforeColon = doc.phraseBefore(s.firstToken(), before).orElse(null);
            TokenRange np = beforeColon;
            TokenRange mainSubject = mainClauseName(doc, s, before);
            if (mainSubject != null) {
                np = mainSubject;
            } else if (np == null || np.first() != s.firstToken()) {
                // "Clinton has since apologized for what happened: “...”"
                np = doc.clauseSubject(s.firstToken(), before).orElse(null);
            }
            if (np == null || !doc.isNamedOrPronoun(np)) {
                // "The surge doesn't surprise Republican pollster Daron Shaw: “...”": the person the colon follows
                np = beforeColon != null && doc.token(beforeColon.last()).isPerson() ? beforeColon : null;
            }
            if (np != null && doc.isNamedOrPronoun(np) && !doc.mask().quoteBetween(np.last(), before)) {
                return Optional.of(Candidate.mention(np, doc.cue(doc.token(before).span()), 1.0));
            }
        }
        int size = doc.tokens().size();
        int after = q.lastToken() + 1;
        while (after < size && doc.token(after).word().equals(",")) {
            after++;
        }
        // The tokenizer may drop rare dashes (U+2015), so read the dash from the text itself.
        int gapStart = after > q.lastToken() + 1 ? doc.token(after - 1).end() : q.span().span().end();
        int gapEnd = after < size ? doc.token(after).start() : gapStart;
        int dash = gapEnd > gapStart ? Dashes.dashIn(doc.text(), gapStart, gapEnd) : -1;
        int nameAt = dash >= 0 ? after : after + 1;
        Span dashSpan = dash >= 0 ? new Span(dash, dash + 1)
                : after < size && Dashes.isDash(doc.token(after).word()) ? doc.token(after).span() : null;
        if (dashSpan != null && nameAt < size && q.paragraph().contains(doc.token(nameAt).span())) {
            Sentence s = doc.sentenceOf(nameAt);
            TokenRange np = doc.phraseAfter(nameAt, s.endToken()).orElse(null);
            if (np != null && doc.isNamedOrPronoun(np)) {
                return Optional.of(Candidate.mention(np, doc.cue(dashSpan), 1.0));
            }
        }
        return Optional.empty();
    }
}
