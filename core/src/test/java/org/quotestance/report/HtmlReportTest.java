package org.quotestance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.AttributionRule;
import org.quotestance.attribution.Cue;
import org.quotestance.attribution.Mention;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.entity.Speaker;
import org.quotestance.entity.SpeakerType;
import org.quotestance.text.Span;

/** The HTML views on results built by hand, so that odd spans and names can be tried. */
class HtmlReportTest {

    private static Quote quote(int start, int end) {
        return new Quote(new Span(start, end), new Span(start + 1, end - 1), QuoteKind.DIRECT, true, 0);
    }

    /** Fails unless every element closes in the order it opened. */
    private static void assertNests(String html) {
        Matcher m = Pattern.compile("<(/?)([a-z0-9]+)[^>]*>").matcher(html);
        Deque<String> open = new ArrayDeque<>();
        while (m.find()) {
            String tag = m.group(2);
            if (List.of("meta", "br").contains(tag)) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(tag);
            } else {
                assertThat(open.peek()).as("closing </%s> at %d", tag, m.start()).isEqualTo(tag);
                open.pop();
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void crossingQuotesAndCuesAreAllShownAndStillNest() {
        //            0         1         2         3         4
        //            0123456789012345678901234567890123456789012345
        String text = "Ana said \"one two three four\" and Bo said it.";
        Speaker ana = new Speaker("s1", "Ana", List.of(), SpeakerType.PERSON, "");
        Speaker bo = new Speaker("s2", "Bo", List.of(), SpeakerType.PERSON, "");
        Quote first = quote(9, 24);   // "one two three
        Quote second = quote(18, 29); // three four"
        List<Attribution> attributions = List.of(
                new Attribution(first.span(), "s1", new Mention(new Span(0, 3), "Ana", Mention.MentionType.NAME), new Cue(new Span(4, 8), "said"), AttributionRule.SAME_SENTENCE, 0.9),
                new Attribution(second.span(), "s2", new Mention(new Span(34, 36), "Bo", Mention.MentionType.NAME), new Cue(new Span(20, 37), "ee four\" and Bo s"), AttributionRule.SAME_SENTENCE, 0.8));
        String html = HtmlReport.fragment(new DocumentAnalysis("x.txt", text, List.of(first, second), attributions, List.of(ana, bo)));
        assertNests(html);
        assertThat(html).contains("data-speaker=\"s1\"").contains("data-speaker=\"s2\"");
        // Each quote is tagged with its speaker once, after its end; the text is all there.
        assertThat(html.split(">Ana</a></sup>", -1)).hasSize(2);
        assertThat(html.split(">Bo</a></sup>", -1)).hasSize(2);
        assertThat(html.replaceAll("<sup.*?</sup>", "").replaceAll("<[^>]*>", "").replace("&quot;", "\"")).contains(text);
        // Every aria-describedby names a cue that is on the page.
        Matcher m = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assertThat(html).contains("id=\"" + m.group(1) + "\"");
        }
    }

    @Test
    void escapesTextNamesAndIds() {
        String text = "<b>\"Hi\"</b> & more";
        Speaker odd = new Speaker("s1\"><script>x</script>", "Bob <i>\"the\"</i>", List.of("B&B"), SpeakerType.PERSON, "");
        Quote q = quote(3, 7);
        String html = HtmlReport.page(List.of(new DocumentAnalysis("a\"<b>.txt", text, List.of(q),
                List.of(new Attribution(q.span(), odd.id(), new Mention(new Span(15, 19), "more", Mention.MentionType.NAME),
                        new Cue(new Span(13, 14), "&"), AttributionRule.SAME_SENTENCE, 0.5)), List.of(odd))),
                List.of(new HtmlReport.Failure("bad<.txt", "bad<.txt: not a text file")));
        assertNests(html);
        assertThat(html).doesNotContain("<script").doesNotContain("<i>").doesNotContain("<b>&")
                .contains("&lt;b&gt;").contains("Bob &lt;i&gt;").contains("B&amp;B").contains("bad&lt;.txt");
    }

    @Test
    void theMatrixFragmentCarriesItsOwnStyle() {
        StanceMatrix empty = StanceMatrix.of(List.of());
        assertThat(empty.toHtml()).startsWith("<div class=\"qs\">").contains("<style>").contains("table.qs-matrix");
    }
}
