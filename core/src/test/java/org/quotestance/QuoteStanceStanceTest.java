package org.quotestance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.report.HtmlReport;
import org.quotestance.stance.Stance;
import org.quotestance.stance.StanceBasis;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.Statement;
import org.quotestance.stance.StatementKind;
import org.quotestance.stance.TopicStance;
import org.quotestance.topic.Topic;

/** Statements, topics and stances on an article written for this test, with the shipped model. */
class QuoteStanceStanceTest {

    private static final String ARTICLE = """
            Ministers clash over Baltic Link as embassy row drags on

            By Anna Sorensen

            TALLINN, June 3 (Wire) - Foreign Minister Erik Vahl said on Thursday that his government rejects the Baltic Link pipeline and will fight it. "The project is a threat to the region's energy security and it should be abandoned," Vahl told reporters.

            His counterpart, Marta Kowal, said the pipeline was a commercial project. "We need this gas and the pipeline will be finished," Kowal said.

            ——Embassies

            Kowal said her government is ready to restore the normal work of the missions. "We want our people back at work as soon as possible," she said.

            Vahl did not respond to questions about the missions.
            """;

    private static final List<Topic> TOPICS = List.of(
            new Topic("baltic-link", "Baltic Link", "The Baltic Link pipeline should be completed", List.of("Baltic Link"),
                    List.of(), List.of("the pipeline", "the project"), List.of(), List.of()),
            new Topic("embassies", "Embassies", "The embassies should return to normal work", List.of("embassy", "embassies"),
                    List.of(), List.of(), List.of(), List.of()));

    private final DocumentAnalysis result = QuoteStance.builder().topics(TOPICS).build().analyze("clash.txt", ARTICLE);

    @Test
    void findsQuotesAndReportedSpeechWithTheirTopics() {
        List<Statement> vahl = result.statements().stream()
                .filter(s -> result.speaker(s.speakerId()).orElseThrow().name().equals("Erik Vahl")).toList();
        assertThat(vahl).extracting(Statement::kind).containsExactly(StatementKind.INDIRECT, StatementKind.DIRECT);
        assertThat(vahl).allSatisfy(s -> assertThat(s.topics()).containsExactly("baltic-link"));
        assertThat(vahl.get(1).text(ARTICLE)).startsWith("\"The project is a threat");
    }

    @Test
    void aHeadingSetsTheTopicOfTheStatementsUnderIt() {
        assertThat(result.statements()).filteredOn(s -> s.text(ARTICLE).contains("people back at work"))
                .singleElement().satisfies(s -> assertThat(s.topics()).containsExactly("embassies"));
    }

    @Test
    void tellsEachSpeakersStanceAndNoneWhereTheyDoNotSpeak() {
        assertThat(result.stance("Erik Vahl", "baltic-link")).hasValueSatisfying(s -> {
            assertThat(s.label()).isEqualTo(StanceLabel.AGAINST);
            assertThat(s.evidence()).hasSize(2);
        });
        assertThat(result.stance("Marta Kowal", "embassies")).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo(StanceLabel.FAVOR));
        // "did not respond" is no statement: Vahl says nothing on the embassies.
        assertThat(result.stance("Erik Vahl", "embassies")).hasValueSatisfying(s -> assertThat(s.labelName()).isEqualTo("NONE"));
    }

    @Test
    void aQuoteOfSeveralSentencesIsOneStatementNotAlsoReportedSpeech() {
        DocumentAnalysis r = QuoteStance.builder().topics(TOPICS).build().analyze("q.txt",
                "Marta Kowal spoke on Monday.\n\n\"Baltic Link is vital. We will build it,\" Kowal said.\n");
        assertThat(r.statements()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(StatementKind.DIRECT));
    }

    @Test
    void aSpeakerNobodyCanResolveIsNotCarriedIntoTheNextSentence() {
        DocumentAnalysis r = QuoteStance.builder().topics(TOPICS).build().analyze("p.txt",
                "\"Baltic Link will fail,\" he said. And rejects the plan for the embassy.\n");
        assertThat(r.statements()).noneSatisfy(s -> assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT));
    }

    @Test
    void anExplicitStanceExpressionIsTheBasisOfAStatementsStance() {
        assertThat(result.statements()).filteredOn(s -> s.text(ARTICLE).contains("rejects the Baltic Link pipeline"))
                .singleElement().satisfies(s -> {
                    TopicStance ts = s.stances().get("baltic-link");
                    assertThat(ts.basis()).isEqualTo(StanceBasis.FRAME);
                    assertThat(ts.label()).isEqualTo(StanceLabel.AGAINST);
                    assertThat(ts.trigger().textOf(ARTICLE)).isEqualTo("rejects");
                });
    }

    @Test
    void aSpeakerWhoDisputesAnotherTakesTheOppositeOfTheirStance() {
        // "disputed" is no stance word: only the reply to Kowal gives Lind a side.
        String article = """
                Pipeline talks end without agreement

                Energy Minister Marta Kowal said on Monday that Baltic Link is a sound commercial project. "We need this gas and the pipeline will be finished on time," Kowal said.

                Jonas Lind, the opposition's energy spokesman, spoke after her. He disputed Kowal's account of the pipeline and said voters had heard such promises before.
                """;
        DocumentAnalysis r = QuoteStance.builder().topics(TOPICS).build().analyze("reply.txt", article);
        Stance kowal = r.stance("Marta Kowal", "baltic-link").orElseThrow();
        assertThat(kowal.label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(r.statements()).filteredOn(s -> s.text(article).contains("disputed Kowal's account"))
                .singleElement().satisfies(s -> {
                    TopicStance ts = s.stances().get("baltic-link");
                    assertThat(ts.basis()).isEqualTo(StanceBasis.REPLY);
                    assertThat(ts.trigger().textOf(article)).isEqualTo("disputed");
                    assertThat(ts.probabilities()).isEqualTo(kowal.probabilities().opposite());
                });
        assertThat(r.stance("Jonas Lind", "baltic-link")).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo(StanceLabel.AGAINST));
    }

    @Test
    void aCommonWordOrAPassiveAgentIsNoReply() {
        String article = """
                Theresa May visited the port on Monday. "Baltic Link matters to us," May said.

                Marta Kowal said Baltic Link is vital and denied that it may be delayed. She said the plan was backed by May and the banks.
                """;
        DocumentAnalysis r = QuoteStance.builder().topics(TOPICS).build().analyze("may.txt", article);
        assertThat(r.statements()).filteredOn(s -> r.speaker(s.speakerId()).orElseThrow().name().equals("Marta Kowal"))
                .isNotEmpty()
                .allSatisfy(s -> s.stances().values().forEach(ts -> assertThat(ts.basis()).isNotEqualTo(StanceBasis.REPLY)));
    }

    @Test
    void theHtmlViewCountsEachSpeakersQuotesAndReportedStatements() {
        assertThat(HtmlReport.fragment(result)).contains("<b>Erik Vahl</b> <span class=\"qs-aliases\">(Vahl)</span>"
                + " <span class=\"qs-count\">1 quote + 1 reported statement</span>");
    }

    @Test
    void aDocumentThatMentionsNoTopicHasNoStances() {
        DocumentAnalysis other = QuoteStance.builder().topics(TOPICS).build()
                .analyze("x.txt", "The coach said, \"We played well tonight.\"");
        assertThat(other.statements()).singleElement().satisfies(s -> assertThat(s.topics()).isEmpty());
        assertThat(other.stances()).isEmpty();
    }
}
