package org.quotestance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

class QuoteScorerTest {

    //                                   0         1         2         3         4         5         6         7         8
    //                                   012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "“We will rebuild,” Maria Lopez said. “It is a duty.” A memo said “stop”. The “green” plan.";

    private static GoldQuote gold(int start, int end, QuoteKind kind, String speaker, Span mention) {
        return new GoldQuote(new Span(start, end), kind, speaker, speaker == null ? List.of() : List.of("Lopez"), mention,
                MentionCategory.of(TEXT, new Span(start, end), speaker, mention));
    }

    private static final GoldDocument DOC = new GoldDocument("bridge", "test", TEXT, List.of(
            gold(0, 18, QuoteKind.DIRECT, "Maria Lopez", new Span(19, 30)),
            gold(37, 52, QuoteKind.DIRECT, "Maria Lopez", null),
            gold(65, 71, QuoteKind.DIRECT, null, null),
            gold(77, 84, QuoteKind.SCARE, null, null)));

    private static SystemQuote predicted(int start, int end, Span mention, String... names) {
        return new SystemQuote(new Span(start, end), QuoteKind.DIRECT, mention, List.of(names), mention == null ? null : "SAME_SENTENCE");
    }

    @Test
    void scoresAPerfectSystemPerfectlyAndIgnoresScareQuotes() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(DOC, List.of(predicted(0, 18, new Span(19, 30), "Maria Lopez"),
                predicted(37, 52, null, "Maria Lopez"), predicted(65, 71, null)));
        QuoteScores s = scorer.score();
        assertThat(s.quotesExact()).isEqualTo(new Prf(3, 3, 3, 3));
        assertThat(s.endToEnd().f1()).isEqualTo(1.0);
        assertThat(s.speakerAccuracy()).isEqualTo(1.0);
        assertThat(s.sources()).isEqualTo(new Breakdown(1, 1, 1));
        assertThat(s.errors()).isEmpty();
    }

    @Test
    void countsAQuoteWithOtherBoundariesAsAnOverlapButNotAnExactMatch() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(DOC, List.of(predicted(1, 16, new Span(19, 30), "Maria Lopez"), predicted(37, 45, null, "Lopez")));
        QuoteScores s = scorer.score();
        assertThat(s.quotesExact()).isEqualTo(new Prf(1, 2, 1, 3)); // “We will rebuild,” without marks and comma is the same words
        assertThat(s.quotesOverlap()).isEqualTo(new Prf(2, 2, 2, 3));
        assertThat(s.endToEnd()).isEqualTo(new Prf(2, 2, 2, 3));
        assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e).startsWith("MISSED QUOTE  bridge @65-71"));
    }

    @Test
    void judgesTheSpeakerByMentionOverlapOrByName() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(DOC, List.of(
                predicted(0, 18, new Span(19, 24), "Someone Else"),        // mention overlaps the gold one
                predicted(37, 52, new Span(0, 2), "Lopez"),                // the gold speaker's alias
                predicted(65, 71, new Span(53, 59), "A memo"),             // gold says nobody
                predicted(77, 84, null)));                                  // a scare quote called a statement
        QuoteScores s = scorer.score();
        assertThat(s.speakers()).isEqualTo(new Breakdown(3, 3, 2));
        assertThat(s.endToEnd()).isEqualTo(new Prf(2, 4, 2, 3));
        assertThat(s.byNaming().get("NO_SPEAKER")).isEqualTo(new Breakdown(1, 1, 0));
        assertThat(s.errors()).hasSize(2);
        assertThat(s.errors().get(0)).startsWith("WRONG SPEAKER  bridge @65-71").contains("ours: DIRECT \"A memo\"");
        assertThat(s.errors().get(1)).startsWith("SPURIOUS QUOTE  bridge @77-84").contains("[[“green”]]");
    }

    @Test
    void byNameCountsTheAnnotatedMentionResolvedToSomeoneElseAsWrong() {
        List<SystemQuote> system = List.of(
                predicted(0, 18, new Span(19, 30), "Someone Else"),   // the gold mention's words, the wrong person
                predicted(37, 52, new Span(0, 2), "Lopez"));          // the gold speaker's alias
        QuoteScorer lenient = new QuoteScorer();
        QuoteScorer strict = new QuoteScorer(QuoteScorer.SpeakerMatch.NAME);
        lenient.add(DOC, system);
        strict.add(DOC, system);
        assertThat(lenient.score().speakers()).isEqualTo(new Breakdown(2, 2, 2));
        assertThat(strict.score().speakers()).isEqualTo(new Breakdown(2, 2, 1));
        assertThat(strict.score().errors()).anySatisfy(e -> assertThat(e).startsWith("WRONG SPEAKER  bridge @0-18"));
    }

    @Test
    void byNameDoesNotTakeTheMentionsWordsForAName() {
        QuoteScorer strict = new QuoteScorer(QuoteScorer.SpeakerMatch.NAME);
        strict.add(DOC, List.of(predicted(0, 18, new Span(25, 30)))); // mention "Lopez", but no speaker resolved
        assertThat(strict.score().speakers()).isEqualTo(new Breakdown(1, 1, 0));
    }

    @Test
    void countsAWrongNamedSpeakerAsWrong() {
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(DOC, List.of(predicted(0, 18, new Span(0, 2), "Carl Brandt")));
        assertThat(scorer.score().speakers()).isEqualTo(new Breakdown(1, 1, 0));
    }

    @Test
    void aNestedQuoteCalledAStatementIsSpuriousThoughItLiesInsideOne() {
        String text = "“He told me ‘never again’ twice,” Lopez said.";
        GoldDocument doc = new GoldDocument("nested", "test", text, List.of(
                new GoldQuote(new Span(0, 33), QuoteKind.DIRECT, "Maria Lopez", List.of(), null, MentionCategory.OUTSIDE_SENTENCE),
                new GoldQuote(new Span(11, 24), QuoteKind.NESTED, null, List.of(), null, MentionCategory.NO_SPEAKER)));
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(doc, List.of(predicted(11, 24, null, "Maria Lopez")));
        QuoteScores s = scorer.score();
        assertThat(s.quotesOverlap()).isEqualTo(new Prf(0, 1, 0, 1));
        assertThat(s.errors()).anySatisfy(e -> assertThat(e).startsWith("SPURIOUS QUOTE  nested @11-24"));
    }

    @Test
    void matchesNamesBySurnameAndDescriptionsByTheirWords() {
        assertThat(QuoteScorer.sameName("Hillary Clinton", "Clinton")).isTrue();
        assertThat(QuoteScorer.sameName("Trump campaign manager Kellyanne Conway", "Donald Trump")).isFalse();
        assertThat(QuoteScorer.sameName("Kellyanne Conway, Trump’s campaign manager", "Conway")).isTrue();
        assertThat(QuoteScorer.sameName("a spokeswoman for the ministry", "the spokeswoman")).isTrue();
        assertThat(QuoteScorer.sameName("he", "he")).isFalse();
        assertThat(QuoteScorer.sameName("Trump’s campaign manager", "Donald Trump")).isFalse();
        assertThat(QuoteScorer.sameName("Clinton aides", "Hillary Clinton")).isFalse();
        assertThat(QuoteScorer.sameName("a spokeswoman for the Ministry of Health", "Health")).isFalse();
        assertThat(QuoteScorer.sameName("Donald Trump’s", "Trump")).isTrue();
        assertThat(QuoteScorer.sameName("Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders")).isTrue();
    }

    @Test
    void reportsTheSystemsSideBySideInATableAndAsJson() {
        QuoteScorer a = new QuoteScorer();
        a.add(DOC, List.of(predicted(0, 18, new Span(19, 30), "Maria Lopez")));
        QuoteScorer b = new QuoteScorer();
        b.add(DOC, List.of());
        GoldCorpus corpus = new GoldCorpus("test corpus", List.of(DOC), List.of());
        EvaluationReport report = new EvaluationReport(corpus, List.of(
                new SystemEvaluation("Ours", a.score(), new RunCost(1.0, 2.0, 400, 5L << 20)),
                new SystemEvaluation("Theirs", b.score(), null)));
        String table = report.table();
        assertThat(table).contains("test corpus").contains("DIRECT 3, SCARE 1");
        assertThat(table.lines().filter(l -> l.startsWith("end to end"))).singleElement()
                .satisfies(l -> assertThat(l).contains("100.0 / 33.3 / 50.0").contains("0.0 / 0.0 / 0.0"));
        assertThat(table.lines().filter(l -> l.startsWith("tokens per second"))).singleElement()
                .satisfies(l -> assertThat(l.split("\\s{2,}")).containsExactly("tokens per second", "200"));
        assertThat(report.json()).contains("\"system\" : \"Theirs\"").contains("\"recall\" : 0.3333").contains("\"peakHeapBytes\" : 5242880");
    }
}
