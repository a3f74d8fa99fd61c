package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotestance.attribution.EntityRegistry.Entity;
import org.quotestance.attribution.ReportedSpeechFinder.Reported;
import org.quotestance.entity.RosterEntry;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.FirstNames;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;

/**
 * The per-document work of {@link SieveAttributor}: one instance per call, not shared. Registers the
 * people the tagger names and indexes the speech cues; then, quote by quote, runs the sieves until one
 * proposes, decides the quote's kind, and only then resolves the winning candidate's speaker; finally
 * headline quotes inherit from the body and reported speech is collected.
 */
final class DocumentRun {

    private final CleanText clean;
    private final AnnotatedText nlp;
    private final List<QuoteSpan> spans;
    private final List<AttributionSieve> sieves;
    private final EntityRegistry registry;
    private final MentionResolver mentions;
    private final QuoteKinds kinds;
    private final DocumentContext doc;

    DocumentRun(CleanText clean, AnnotatedText nlp, List<QuoteSpan> spans, List<RosterEntry> roster,
                FirstNames firstNames, List<AttributionSieve> sieves) {
        this.clean = clean;
        this.nlp = nlp;
        this.spans = spans;
        this.sieves = sieves;
        this.registry = new EntityRegistry(roster);
        QuoteMask mask = new QuoteMask(nlp, spans);
        this.mentions = new MentionResolver(clean, nlp, mask, firstNames, registry,
                new PronounResolver(nlp.tokens(), registry));
        this.kinds = new QuoteKinds(clean.working(), nlp, mask);
        mentions.registerPeople();
        List<List<CueHit>> cues = new CueFinder(nlp, mask, mentions).index();
        this.doc = new DocumentContext(clean, nlp, mask, cues);
    }

    AttributedQuotes run() {
        int n = spans.size();
        QuoteDecision[] decided = new QuoteDecision[n];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            QuoteSpan q = spans.get(i);
            Paragraph para = clean.paragraphs().get(q.paragraph());
            if (q.depth() > 0) {
                decided[i] = QuoteDecision.unattributed(QuoteKind.NESTED);
            } else if (para.heading()) {
                decided[i] = QuoteDecision.unattributed(QuoteKind.HEADLINE);
            } else {
                decided[i] = decideBodyQuote(i, previous, decided);
                if (decided[i].attributed()) {
                    previous = i;
                }
            }
        }
        new HeadlineInheritance(doc).inherit(spans, decided);
        return assemble(decided, new ReportedSpeechFinder(doc).find(spans, decided));
    }

    /** A sieve's proposal for a quote. */
    private record Proposal(AttributionSieve sieve, Candidate candidate) {
    }

    private QuoteDecision decideBodyQuote(int i, int previous, QuoteDecision[] decided) {
        QuoteSpan q = spans.get(i);
        Proposal winner = quoteContext(i, previous, decided).map(c -> firstProposal(c, decided)).orElse(null);
        QuoteKind kind = kinds.bodyKind(q, winner != null, winner != null && winner.candidate().isBesideCue());
        if (kind == QuoteKind.SCARE || winner == null) {
            return QuoteDecision.unattributed(kind);
        }
        Candidate c = winner.candidate();
        Speech speech = resolve(c, decided); // only now: a scare quote's candidate registers nobody
        AttributionRule rule = winner.sieve().rule();
        double confidence = Math.max(0.0, Math.min(1.0, rule.prior() * c.certainty() * speech.certainty()));
        return new QuoteDecision(kind, speech, c.cueWords(), rule, confidence);
    }

    private Optional<QuoteContext> quoteContext(int i, int previous, QuoteDecision[] decided) {
        QuoteSpan q = spans.get(i);
        List<Token> tokens = nlp.tokens();
        int firstTok = nlp.firstTokenAtOrAfter(q.span().start());
        if (firstTok >= tokens.size()) {
            return Optional.empty();
        }
        int lastTok = Math.min(Math.max(firstTok, nlp.firstTokenAtOrAfter(q.span().end()) - 1), tokens.size() - 1);
        return Optional.of(new QuoteContext(i, q, firstTok, lastTok, tokens.get(firstTok).sentence(),
                tokens.get(lastTok).sentence(), clean.paragraphs().get(q.paragraph()).span(), kinds.sentenceLike(q),
                previous, previous < 0 ? null : spans.get(previous), previous < 0 ? null : decided[previous].cue()));
    }

    private Proposal firstProposal(QuoteContext q, QuoteDecision[] decided) {
        for (AttributionSieve sieve : sieves) {
            Optional<Candidate> c = sieve.propose(q, doc);
            if (c.isPresent()) {
                check(sieve, c.get(), q, decided);
                return new Proposal(sieve, c.get());
            }
        }
        return null;
    }

    /** A custom sieve's mistakes fail here, naming it, rather than deep in resolution. */
    private void check(AttributionSieve sieve, Candidate c, QuoteContext q, QuoteDecision[] decided) {
        String problem = null;
        if (c.mention() != null && c.mention().last() >= nlp.tokens().size()) {
            problem = "names tokens " + c.mention() + " of a document of " + nlp.tokens().size();
        } else if (c.sameAsQuote() >= 0 && (c.sameAsQuote() >= q.index() || !decided[c.sameAsQuote()].attributed())) {
            problem = "continues quote " + c.sameAsQuote() + ", which is no attributed quote before quote " + q.index();
        }
        if (problem != null) {
            throw new IllegalStateException("sieve " + sieve.getClass().getName() + " (" + sieve.rule() + ") " + problem);
        }
    }

    /** The speaker of the winning candidate, resolved and registered now. */
    private Speech resolve(Candidate c, QuoteDecision[] decided) {
        if (c.mention() != null) {
            return mentions.speechOf(c.mention());
        }
        if (c.hit() != null) {
            return c.hit().speech();
        }
        return decided[c.sameAsQuote()].speech();
    }

    private AttributedQuotes assemble(QuoteDecision[] decided, List<Reported> reported) {
        List<Entity> order = new ArrayList<>();
        for (QuoteDecision d : decided) {
            if (d.speaks() && d.speech().entity() != null) {
                order.add(d.speech().entity());
            }
        }
        reported.forEach(r -> order.add(r.speech().entity()));
        Map<Entity, String> ids = EntityRegistry.ids(order);
        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            QuoteDecision d = decided[i];
            quotes.add(new Quote(q.span(), q.content(), d.kind(), q.closed(), q.paragraph()));
            if (d.speaks()) {
                String id = d.speech().entity() == null ? null : ids.get(d.speech().entity());
                attributions.add(new Attribution(q.span(), id, d.speech().mention(), d.cue(), d.rule(),
                        Math.round(d.confidence() * 1000) / 1000.0));
            }
        }
        List<ReportedSpeech> speeches = new ArrayList<>();
        for (Reported r : reported) {
            Sentence s = nlp.sentences().get(r.sentence());
            double c = AttributionRule.SAME_SENTENCE.prior() * r.certainty() * r.speech().certainty();
            speeches.add(new ReportedSpeech(clean.widen(s.span()), ids.get(r.speech().entity()), r.speech().mention(),
                    r.cue(), Math.round(c * 1000) / 1000.0));
        }
        return new AttributedQuotes(quotes, attributions, EntityRegistry.speakers(ids), speeches);
    }
}
