package org.quotestance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.entity.SpeakerType;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;

/** End to end on the built-in sample article, with the real CoreNLP models. */
class QuoteStanceSampleArticleTest {

    private static DocumentAnalysis result;
    private static String text;

    @BeforeAll
    static void analyze() {
        text = SampleArticle.text();
        result = QuoteStance.builder().build().analyze(SampleArticle.NAME, text);
    }

    private static Quote quoteStartingWith(String prefix) {
        return result.quotes().stream().filter(q -> q.text(text).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starts with " + prefix));
    }

    private static String speakerOf(String prefix) {
        return result.speakerOf(quoteStartingWith(prefix)).map(Speaker::name).orElse(null);
    }

    @Test
    void everyQuoteSpanReadsBackFromTheOriginalText() {
        for (Quote q : result.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat("“”\"‘’«„").contains(q.text(text).substring(0, 1));
        }
        for (Attribution a : result.attributions()) {
            assertThat(a.mention().span().textOf(text)).isEqualTo(a.mention().text());
            assertThat(a.cue().span().textOf(text)).isEqualTo(a.cue().text());
        }
    }

    @Test
    void attributesTheOpeningQuoteToTheMinisterNotTheReporter() {
        assertThat(speakerOf("“We are not going to pretend the ice is not melting.”")).isEqualTo("Ingrid Haugland");
    }

    @Test
    void mergesSurnameAndMisspellingIntoOneSpeaker() {
        List<Speaker> takamura = result.speakers().stream().filter(s -> s.name().equals("Kenji Takamura")).toList();
        assertThat(takamura).hasSize(1);
        assertThat(takamura.get(0).aliases()).contains("Takamora");
        assertThat(speakerOf("“mutual suspicion")).isEqualTo("Kenji Takamura");
        assertThat(result.speakers()).filteredOn(s -> s.name().contains("Haugland")).hasSize(1);
    }

    @Test
    void attributesSplitQuoteToOneSpeaker() {
        assertThat(speakerOf("“Shipping lanes are opening faster than our rules,”")).isEqualTo("Kenji Takamura");
        assertThat(speakerOf("“and no country can police them alone.")).isEqualTo("Kenji Takamura");
    }

    @Test
    void resolvesSheSaidToTheRightMinister() {
        Quote q = quoteStartingWith("“This is a project for everyone who lives");
        assertThat(result.speakerOf(q).map(Speaker::name)).contains("Ingrid Haugland");
        assertThat(result.attributionOf(q).map(a -> a.mention().text())).contains("She");
        assertThat(speakerOf("“We will keep answering them,”")).isEqualTo("Ingrid Haugland");
        assertThat(speakerOf("“Openness is our policy.”")).isEqualTo("Ingrid Haugland");
    }

    @Test
    void headlineQuotesInheritTheSpeakerOfTheBodyQuoteTheyRepeat() {
        Quote headline = result.quotes().get(0);
        assertThat(headline.kind()).isEqualTo(QuoteKind.HEADLINE);
        assertThat(result.speakerOf(headline).map(Speaker::name)).contains("Ingrid Haugland");
        assertThat(speakerOf("“This is a project for everyone”")).isEqualTo("Ingrid Haugland");
    }

    @Test
    void scareQuotesAndNamesHaveNoSpeaker() {
        for (String scare : List.of("“whale diplomacy”", "“Polar Link-3”")) {
            Quote q = quoteStartingWith(scare);
            assertThat(q.kind()).isEqualTo(QuoteKind.SCARE);
            assertThat(result.attributionOf(q)).isEmpty();
        }
    }

    @Test
    void partialQuoteInsideReportedSpeechIsPartial() {
        assertThat(quoteStartingWith("“must not become a tool").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(speakerOf("“must not become a tool")).isEqualTo("Kenji Takamura");
    }

    @Test
    void organisationsSpeakToo() {
        Optional<Speaker> reuters = result.speakerOf(quoteStartingWith("“cordial but far apart”"));
        assertThat(reuters).map(Speaker::name).contains("Reuters");
        assertThat(reuters).map(Speaker::type).contains(SpeakerType.ORGANIZATION);
    }

    @Test
    void unclosedQuoteStopsAtItsParagraph() {
        Quote unclosed = quoteStartingWith("“start again");
        assertThat(unclosed.closed()).isFalse();
        int paragraphEnd = text.indexOf('\n', unclosed.span().start());
        for (Quote q : result.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(q.span().start() >= paragraphEnd ? text.length() : paragraphEnd);
        }
        assertThat(quoteStartingWith("“Our scientists").text(text)).doesNotContain("Takamura said");
    }

    @Test
    void linksMentionsToTheCallersRoster() {
        var roster = java.util.List.of(new org.quotestance.entity.RosterEntry("Kenji Takamura-Hayes", java.util.List.of("Takamura"),
                SpeakerType.PERSON, "Foreign Minister of Japan", "Japan"));
        DocumentAnalysis withRoster = QuoteStance.builder().roster(roster).build().analyze(SampleArticle.NAME, text);
        Speaker s = withRoster.speakers().stream().filter(x -> x.name().equals("Kenji Takamura-Hayes")).findFirst().orElseThrow();
        assertThat(s.role()).isEqualTo("Foreign Minister of Japan");
        assertThat(s.aliases()).contains("Takamora");
    }

    @Test
    void readsTheSampleAsAReaderWould() {
        assertThat(result.toString()).contains("Kenji Takamura").contains("SCARE");
    }
}
