package org.quotestance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;

/** Scraped-text regressions: entities, markup inside names, odd line ends, quotes at the very end. */
class ScrapedTextTest {

    private final QuoteStance pipeline = QuoteStance.builder().build();

    private static void assertSpansReadBack(DocumentAnalysis a) {
        for (Quote q : a.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(a.text().length());
        }
        for (Attribution at : a.attributions()) {
            assertThat(at.mention().span().textOf(a.text())).isEqualTo(at.mention().text());
            assertThat(at.cue().span().textOf(a.text())).isEqualTo(at.cue().text());
        }
    }

    @Test
    void quoteOpenedAndClosedByEntitiesCoversTheWholeEntities() {
        String text = "Lavrov said &ldquo;We will never accept these terms, whatever happens.&rdquo; He left.";
        DocumentAnalysis a = pipeline.analyze("entities", text);
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text(text)).startsWith("&ldquo;We").endsWith("happens.&rdquo;");
        assertThat(a.speakerOf(a.quotes().get(0)).map(Speaker::name)).contains("Lavrov");
        assertSpansReadBack(a);
    }

    @Test
    void findsQuotesWrittenWithQuotEntities() {
        String text = "Lavrov said &quot;We will never accept these terms.&quot; on Monday.";
        DocumentAnalysis a = pipeline.analyze("quot", text);
        assertThat(a.quotes()).extracting(q -> q.text(text)).containsExactly("&quot;We will never accept these terms.&quot;");
    }

    @Test
    void dashEntityCueReadsBackFromTheOriginal() {
        String text = "“We will never accept these terms, whatever happens.” &mdash; Sergei Lavrov";
        DocumentAnalysis a = pipeline.analyze("mdash", text);
        assertThat(a.attributions()).hasSize(1);
        assertThat(a.attributions().get(0).cue().text()).isEqualTo("&mdash;");
        assertSpansReadBack(a);
    }

    @Test
    void speakerNamesLeaveMarkupOut() {
        String text = "Ingrid <b>Haugland</b> said: “We will keep the channel open for every ship.”";
        DocumentAnalysis a = pipeline.analyze("markup", text);
        assertThat(a.speakers()).extracting(Speaker::name).containsExactly("Ingrid Haugland");
        assertSpansReadBack(a);
    }

    @Test
    void controlCharacterEntitiesDoNotBreakTheParagraph() {
        String text = "Lavrov said &#10;“We will never accept these terms.”";
        DocumentAnalysis a = pipeline.analyze("control", text);
        assertThat(a.speakerOf(a.quotes().get(0)).map(Speaker::name)).contains("Lavrov");
    }

    @Test
    void carriageReturnsAloneEndParagraphs() {
        String text = "Title\rLavrov said “We never agreed.\rHe left the room.\r";
        DocumentAnalysis a = pipeline.analyze("cr", text);
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text(text)).doesNotContain("He left");
    }

    @Test
    void closedQuoteAtTheVeryEndEndingInAParenthesisDoesNotFail() {
        String text = "The minister spoke at length to reporters about the plans for the coming year and said the talks"
                + " were \"going well in spite of the trouble (mostly)\"";
        DocumentAnalysis a = pipeline.analyze("end", text);
        assertThat(a.quotes()).hasSize(1);
    }
}
