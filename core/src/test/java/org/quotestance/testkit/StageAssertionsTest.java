package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.AttributionRule;
import org.quotestance.attribution.Cue;
import org.quotestance.attribution.Mention;
import org.quotestance.attribution.ReportedSpeech;
import org.quotestance.entity.Speaker;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.stance.Stance;
import org.quotestance.stance.StanceBasis;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.stance.Statement;
import org.quotestance.stance.StatementKind;
import org.quotestance.stance.TopicStance;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;
import org.quotestance.text.TextCleaner;

/** Each assertion passes on a well-formed output and fails, naming the fault, on a deliberately broken one. */
class StageAssertionsTest {

    //                                     0         1         2
    //                                     0123456789012345678901234567
    private static final String TEXT = "Lopez said, “We will win.”";
    private static final CleanText CLEAN = new TextCleaner().clean(TEXT);
    private static final Span QUOTE = new Span(12, 26);
    private static final QuoteSpan SPAN = new QuoteSpan(QUOTE, new Span(13, 25), true, 0, 0);
    private static final Speaker LOPEZ = new Speaker("s1", "Lopez", List.of(), SpeakerType.PERSON, "");
    private static final Mention MENTION = new Mention(new Span(0, 5), "Lopez", Mention.MentionType.NAME);
    private static final Cue CUE = new Cue(new Span(6, 10), "said");

    private static Attribution attribution(String speakerId, Mention mention) {
        return new Attribution(QUOTE, speakerId, mention, CUE, AttributionRule.SAME_SENTENCE, 0.9);
    }

    private static AttributedQuotes attributed(List<Attribution> attributions, List<Speaker> speakers) {
        return new AttributedQuotes(List.of(new Quote(QUOTE, SPAN.content(), QuoteKind.DIRECT, true, 0)), attributions,
                speakers);
    }

    private static Token token(int start, int end, String word, String entity, int index, int sentence) {
        return new Token(new Span(start, end), word, "NN", EntityType.of(entity), index, sentence);
    }

    // -- clean text

    @Test
    void cleanTextPassesForTheCleanersOutput() {
        assertThatCode(() -> StageAssertions.assertCleanText(TEXT, CLEAN)).doesNotThrowAnyException();
        String html = "<p>He said &ldquo;no&rdquo;.</p>\r\n\r\n<p>Next.</p>";
        assertThatCode(() -> StageAssertions.assertCleanText(html, new TextCleaner().clean(html))).doesNotThrowAnyException();
    }

    @Test
    void cleanTextFailsWhenTheWorkingTextChangesAWord() {
        CleanText broken = new CleanText(TEXT, TEXT.replace("Lopez", "Lopes"), CLEAN.paragraphs());
        assertThatThrownBy(() -> StageAssertions.assertCleanText(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("working char 4");
    }

    @Test
    void cleanTextFailsForAnUntrimmedParagraph() {
        CleanText broken = new CleanText(" " + TEXT, " " + TEXT, List.of(new Paragraph(new Span(0, TEXT.length() + 1), 0, false, false)));
        assertThatThrownBy(() -> StageAssertions.assertCleanText(" " + TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("paragraph 0 [0, 27) is not trimmed");
    }

    @Test
    void cleanTextFailsForTextOutsideEveryParagraph() {
        CleanText broken = new CleanText(TEXT, TEXT, List.of(new Paragraph(new Span(0, 10), 0, false, false)));
        assertThatThrownBy(() -> StageAssertions.assertCleanText(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("char 10").hasMessageContaining("lies in no paragraph");
    }

    // -- quote spans

    @Test
    void quoteSpansPassForAQuoteFromMarkToMark() {
        assertThatCode(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(SPAN))).doesNotThrowAnyException();
    }

    @Test
    void quoteSpansFailForASpanThatDoesNotStartAtAMark() {
        QuoteSpan broken = new QuoteSpan(new Span(11, 26), new Span(13, 25), true, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not start with a quote mark");
    }

    @Test
    void quoteSpansFailForAClosedQuoteWithoutItsClosingMark() {
        QuoteSpan broken = new QuoteSpan(new Span(12, 25), new Span(13, 25), true, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is closed but does not end with a quote mark");
    }

    @Test
    void quoteSpansFailForContentThatTakesInTheMarks() {
        QuoteSpan broken = new QuoteSpan(QUOTE, QUOTE, true, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("content [12, 26) includes the opening mark");
    }

    @Test
    void quoteSpansFailForASpanPastTheEnd() {
        QuoteSpan broken = new QuoteSpan(new Span(12, 30), new Span(13, 25), true, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ends after the text length 26");
    }

    @Test
    void quoteSpansFailWhenNotSorted() {
        String text = "“One” and “two”";
        CleanText clean = new TextCleaner().clean(text);
        QuoteSpan one = new QuoteSpan(new Span(0, 5), new Span(1, 4), true, 0, 0);
        QuoteSpan two = new QuoteSpan(new Span(10, 15), new Span(11, 14), true, 0, 0);
        assertThatCode(() -> StageAssertions.assertQuoteSpans(clean, List.of(one, two))).doesNotThrowAnyException();
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(clean, List.of(two, one)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not sorted");
    }

    @Test
    void quoteSpansFailForANestedQuoteWithoutAnEnclosingOne() {
        QuoteSpan broken = new QuoteSpan(QUOTE, SPAN.content(), true, 1, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(CLEAN, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no earlier quote of depth 0 encloses it");
    }

    @Test
    void quoteSpansFailForAQuoteRunningIntoAParagraphThatDoesNotReopenIt() {
        String text = "“Open\n\nNext paragraph.";
        CleanText clean = new TextCleaner().clean(text);
        QuoteSpan broken = new QuoteSpan(new Span(0, text.length()), new Span(1, text.length()), false, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(clean, List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("crosses into paragraph 1");
    }

    @Test
    void quoteSpansFailForAQuoteInTextWithoutMarks() {
        String text = "No marks at all here.";
        QuoteSpan broken = new QuoteSpan(new Span(0, 2), new Span(0, 2), false, 0, 0);
        assertThatThrownBy(() -> StageAssertions.assertQuoteSpans(new TextCleaner().clean(text), List.of(broken)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("text without quote marks gave 1 quotes");
    }

    // -- annotated text

    @Test
    void annotatedTextPassesForTaggedText() {
        TaggedText t = TaggedText.parse("Lopez/NNP/PERSON said/VBD ./. He/PRP left/VBD ./.");
        assertThatCode(() -> StageAssertions.assertAnnotatedText(t.clean().working(), t.annotated())).doesNotThrowAnyException();
    }

    @Test
    void annotatedTextFailsForOverlappingTokens() {
        AnnotatedText broken = new AnnotatedText(TEXT, List.of(token(0, 5, "Lopez", "O", 0, 0), token(3, 10, "ez said", "O", 1, 0)),
                List.of(new Sentence(new Span(0, 10), 0, 0, 2)));
        assertThatThrownBy(() -> StageAssertions.assertAnnotatedText(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("token 1 <ez said> [3, 10) overlaps");
    }

    @Test
    void annotatedTextFailsForATokenOutsideItsSentence() {
        AnnotatedText broken = new AnnotatedText(TEXT, List.of(token(0, 5, "Lopez", "O", 0, 0), token(6, 10, "said", "O", 1, 0)),
                List.of(new Sentence(new Span(0, 5), 0, 0, 2)));
        assertThatThrownBy(() -> StageAssertions.assertAnnotatedText(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("token 1 <said> [6, 10) lies outside its sentence 0");
    }

    @Test
    void annotatedTextFailsForTokensNoSentenceHolds() {
        AnnotatedText broken = new AnnotatedText(TEXT, List.of(token(0, 5, "Lopez", "O", 0, 0), token(6, 10, "said", "O", 1, 0)),
                List.of(new Sentence(new Span(0, 5), 0, 0, 1)));
        assertThatThrownBy(() -> StageAssertions.assertAnnotatedText(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("sentences cover 1 of 2 tokens");
    }

    @Test
    void annotatedTextFailsForTokensInBlankText() {
        AnnotatedText broken = new AnnotatedText("  ", List.of(token(0, 1, " ", "O", 0, 0)),
                List.of(new Sentence(new Span(0, 1), 0, 0, 1)));
        assertThatThrownBy(() -> StageAssertions.assertAnnotatedText("  ", broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("blank text gave 1 tokens");
    }

    // -- attributed quotes

    @Test
    void attributedQuotesPassForOneAttributedQuote() {
        AttributedQuotes ok = attributed(List.of(attribution("s1", MENTION)), List.of(LOPEZ));
        assertThatCode(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), ok)).doesNotThrowAnyException();
    }

    @Test
    void attributedQuotesFailForALostQuote() {
        AttributedQuotes broken = new AttributedQuotes(List.of(), List.of(), List.of());
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("1 quote spans in, 0 quotes out");
    }

    @Test
    void attributedQuotesFailForAQuoteThatChangesItsSpansFields() {
        QuoteSpan unclosed = new QuoteSpan(QUOTE, SPAN.content(), false, 0, 0);
        AttributedQuotes broken = attributed(List.of(), List.of());
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(unclosed), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("closed true").hasMessageContaining("has [13, 25), false, 0");
    }

    @Test
    void attributedQuotesFailForASpeakerIdNoSpeakerHas() {
        AttributedQuotes broken = attributed(List.of(attribution("s2", MENTION)), List.of(LOPEZ));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no returned speaker has id s2");
    }

    @Test
    void attributedQuotesFailForTwoAttributionsOfOneQuote() {
        AttributedQuotes broken = attributed(List.of(attribution("s1", MENTION), attribution("s1", MENTION)), List.of(LOPEZ));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the quote has a second attribution");
    }

    @Test
    void attributedQuotesFailForAMentionThatDoesNotReadBack() {
        Mention wrong = new Mention(new Span(0, 5), "Lopes", Mention.MentionType.NAME);
        AttributedQuotes broken = attributed(List.of(attribution("s1", wrong)), List.of(LOPEZ));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("mention text <Lopes> differs from the text at its span");
    }

    @Test
    void attributedQuotesFailForAnAttributedNestedQuote() {
        QuoteSpan nested = new QuoteSpan(QUOTE, SPAN.content(), true, 1, 0);
        AttributedQuotes broken = attributed(List.of(attribution("s1", MENTION)), List.of(LOPEZ));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(nested), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a nested quote (depth 1) gets no attribution");
    }

    @Test
    void attributedQuotesFailForASpeakerNobodyNames() {
        AttributedQuotes broken = attributed(List.of(), List.of(LOPEZ));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("speaker s1 Lopez (PERSON) is named by no attribution");
    }

    @Test
    void attributedQuotesFailForReportedSpeechHoldingAnAttributedQuote() {
        ReportedSpeech r = new ReportedSpeech(new Span(0, 26), "s1", MENTION, CUE, 0.8);
        AttributedQuotes broken = new AttributedQuotes(List.of(new Quote(QUOTE, SPAN.content(), QuoteKind.DIRECT, true, 0)),
                List.of(attribution("s1", MENTION)), List.of(LOPEZ), List.of(r));
        assertThatThrownBy(() -> StageAssertions.assertAttributedQuotes(CLEAN, List.of(SPAN), broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("holds the attributed quote [12, 26)");
    }

    // -- statements and the whole analysis

    private static Statement statement(Span content, String speakerId, List<String> topics) {
        Map<String, TopicStance> stances = Map.of("bridge",
                new TopicStance(new StanceProbabilities(0.6, 0.2, 0.2), StanceBasis.MODEL, null));
        return new Statement(content, StatementKind.DIRECT, speakerId, MENTION, CUE, 0.9, topics, stances);
    }

    private static DocumentAnalysis analysis(List<Quote> quotes, Statement statement, Stance stance) {
        return new DocumentAnalysis("doc", TEXT, quotes, List.of(attribution("s1", MENTION)), List.of(LOPEZ),
                List.of(statement), List.of(stance));
    }

    private static final List<Quote> QUOTES = List.of(new Quote(QUOTE, SPAN.content(), QuoteKind.DIRECT, true, 0));
    private static final Stance STANCE = new Stance("s1", "Lopez", "bridge", StanceLabel.FAVOR, 0.6,
            new StanceProbabilities(0.6, 0.2, 0.2), List.of(QUOTE));

    @Test
    void documentAnalysisPassesForAWellFormedResult() {
        DocumentAnalysis ok = analysis(QUOTES, statement(QUOTE, "s1", List.of("bridge")), STANCE);
        assertThatCode(() -> StageAssertions.assertDocumentAnalysis(TEXT, ok)).doesNotThrowAnyException();
    }

    @Test
    void statementsFailForAStatementOfAnUnknownSpeaker() {
        assertThatThrownBy(() -> StageAssertions.assertStatements(TEXT, QUOTES, List.of(LOPEZ),
                List.of(statement(QUOTE, "s9", List.of("bridge")))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no speaker has id s9");
    }

    @Test
    void statementsFailForAStatementPastTheEnd() {
        assertThatThrownBy(() -> StageAssertions.assertStatements(TEXT, QUOTES, List.of(LOPEZ),
                List.of(statement(new Span(12, 40), "s1", List.of("bridge")))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ends after the text length 26");
    }

    @Test
    void statementsFailForAStanceOnATopicTheStatementIsNotAbout() {
        assertThatThrownBy(() -> StageAssertions.assertStatements(TEXT, QUOTES, List.of(LOPEZ),
                List.of(statement(QUOTE, "s1", List.of()))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("topics [] but stances on [bridge]");
    }

    @Test
    void documentAnalysisFailsForReportedSpeechHoldingAnAttributedQuote() {
        Statement indirect = new Statement(new Span(0, 26), StatementKind.INDIRECT, "s1", MENTION, CUE, 0.8, List.of(), Map.of());
        DocumentAnalysis broken = new DocumentAnalysis("doc", TEXT, QUOTES, List.of(attribution("s1", MENTION)), List.of(LOPEZ),
                List.of(indirect), List.of());
        assertThatThrownBy(() -> StageAssertions.assertDocumentAnalysis(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("INDIRECT statement [0, 26)")
                .hasMessageContaining("holds the attributed quote [12, 26)");
    }

    @Test
    void documentAnalysisFailsForAQuoteThatDoesNotStartAtAMark() {
        List<Quote> shifted = List.of(new Quote(new Span(11, 26), SPAN.content(), QuoteKind.DIRECT, true, 0));
        DocumentAnalysis broken = new DocumentAnalysis("doc", TEXT, shifted, List.of(), List.of());
        assertThatThrownBy(() -> StageAssertions.assertDocumentAnalysis(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("quote 0 [11, 26)").hasMessageContaining("does not start");
    }

    @Test
    void documentAnalysisFailsForAStanceWhoseEvidenceIsNoStatement() {
        Stance unfounded = new Stance("s1", "Lopez", "bridge", StanceLabel.FAVOR, 0.6,
                new StanceProbabilities(0.6, 0.2, 0.2), List.of(new Span(0, 10)));
        DocumentAnalysis broken = analysis(QUOTES, statement(QUOTE, "s1", List.of("bridge")), unfounded);
        assertThatThrownBy(() -> StageAssertions.assertDocumentAnalysis(TEXT, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("evidence [0, 10)").hasMessageContaining("is no statement");
    }
}
