package org.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotestance.attribution.Cue;
import org.quotestance.attribution.Mention;
import org.quotestance.text.Span;
import org.quotestance.topic.Topic;
import org.quotestance.topic.TopicMention;

/**
 * A quote inside the sentence of another statement of the same speaker: counted once, as the sentence, when the
 * sentence names the topics only inside the quote; counted on its own when the sentence also names a topic
 * outside it.
 */
class EnclosedStatementsTest {

    private static final String TOPIC = "bridge";
    private static final Mention MENTION = new Mention(new Span(0, 5), "Lopez", Mention.MentionType.NAME);
    private static final Cue CUE = new Cue(new Span(6, 10), "said");
    private static final StanceProbabilities FAVOR = new StanceProbabilities(0.75, 0.07, 0.18);
    private static final StanceProbabilities NEUTRAL = new StanceProbabilities(0.18, 0.06, 0.76);

    // "Lopez said the city is ready to “clear” the “delays that hold up the bridge.”" (offsets as in such a sentence)
    private static final Span SENTENCE = new Span(0, 80);
    private static final Span QUOTE = new Span(45, 80);
    private static final TopicMention IN_QUOTE = new TopicMention(TOPIC, new Span(70, 76), TopicMention.How.ALIAS);

    @Test
    void aSentenceThatNamesTheTopicOnlyInsideTheQuoteEnclosesIt() {
        List<Statement> statements = StatementExtractor.withEnclosing(
                List.of(statement(SENTENCE, StatementKind.PARTIAL, "s1", FAVOR), statement(QUOTE, StatementKind.DIRECT, "s1", NEUTRAL)),
                List.of(IN_QUOTE));

        assertThat(statements.get(0).enclosedBy()).isNull();
        assertThat(statements.get(1).enclosedBy()).isEqualTo(SENTENCE);
        assertThat(StatementExtractor.counted(statements)).extracting(Statement::content).containsExactly(SENTENCE);

        Stance stance = extractor().aggregate(statements, Map.of("s1", "Lopez")).get(0);
        assertThat(stance.label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(stance.evidence()).containsExactly(SENTENCE);
    }

    @Test
    void aSentenceThatAlsoNamesATopicOutsideTheQuoteLeavesItItsOwnEvidence() {
        TopicMention outside = new TopicMention(TOPIC, new Span(20, 26), TopicMention.How.ALIAS);
        List<Statement> statements = StatementExtractor.withEnclosing(
                List.of(statement(SENTENCE, StatementKind.PARTIAL, "s1", FAVOR), statement(QUOTE, StatementKind.DIRECT, "s1", NEUTRAL)),
                List.of(outside, IN_QUOTE));

        assertThat(statements).extracting(Statement::enclosedBy).containsOnlyNulls();
        assertThat(extractor().aggregate(statements, Map.of("s1", "Lopez")).get(0).evidence()).hasSize(2);
    }

    @Test
    void anotherSpeakersSentenceDoesNotEncloseAQuote() {
        List<Statement> statements = StatementExtractor.withEnclosing(
                List.of(statement(SENTENCE, StatementKind.PARTIAL, "s2", FAVOR), statement(QUOTE, StatementKind.DIRECT, "s1", NEUTRAL)),
                List.of(IN_QUOTE));

        assertThat(statements).extracting(Statement::enclosedBy).containsOnlyNulls();
        assertThat(StatementExtractor.counted(statements)).hasSize(2);
    }

    @Test
    void theSmallestEnclosingStatementIsTaken() {
        Span paragraph = new Span(0, 120);
        // In the order extract gives them, by start and then end: the sentence before the longer span.
        List<Statement> statements = StatementExtractor.withEnclosing(List.of(
                        statement(SENTENCE, StatementKind.PARTIAL, "s1", FAVOR),
                        statement(paragraph, StatementKind.INDIRECT, "s1", FAVOR),
                        statement(QUOTE, StatementKind.DIRECT, "s1", NEUTRAL)),
                List.of(IN_QUOTE));

        assertThat(statements).extracting(Statement::enclosedBy).containsExactly(paragraph, null, SENTENCE);
        assertThat(StatementExtractor.counted(statements)).extracting(Statement::content).containsExactly(paragraph);
        assertThat(StatementExtractor.counted(List.of(statements.get(0), statements.get(2))))
                .extracting(Statement::content).containsExactly(SENTENCE);
        assertThat(StatementExtractor.counted(statements.subList(2, 3))).extracting(Statement::content).containsExactly(QUOTE);
    }

    @Test
    void aStatementCannotBeEnclosedBySpansThatDoNotHoldIt() {
        assertThatThrownBy(() -> new Statement(QUOTE, StatementKind.DIRECT, "s1", MENTION, CUE, 0.9, List.of(), Map.of(), QUOTE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statement(SENTENCE, StatementKind.DIRECT, "s1", MENTION, CUE, 0.9, List.of(), Map.of(), QUOTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Statement statement(Span content, StatementKind kind, String speakerId, StanceProbabilities read) {
        return new Statement(content, kind, speakerId, MENTION, CUE, 0.9, List.of(TOPIC),
                Map.of(TOPIC, new TopicStance(read, StanceBasis.MODEL, null)));
    }

    private static StatementExtractor extractor() {
        Topic bridge = new Topic(TOPIC, "Bridge", "The bridge should be rebuilt", List.of("bridge"), List.of(), List.of(),
                List.of(), List.of());
        return new StatementExtractor(List.of(bridge), in -> NEUTRAL);
    }
}
