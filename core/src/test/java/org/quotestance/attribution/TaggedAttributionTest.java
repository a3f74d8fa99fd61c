package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.testkit.StageAssertions;
import org.quotestance.testkit.TaggedText;
import org.quotestance.testkit.TinyFirstNames;

/** Attribution rules on hand-tagged text: the tags are the test's, and no CoreNLP model is loaded. */
class TaggedAttributionTest {

    private static final TaggedText SAID = TaggedText.parse(
            "Lopez/NNP/PERSON said/VBD ,/, “/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/''");

    private final SieveAttributor attributor = new SieveAttributor(List.of(), TinyFirstNames.common());

    @Test
    void attributesTheQuoteToTheSubjectOfSaid() {
        List<QuoteSpan> quotes = new MarkQuoteFinder().find(SAID.clean());
        AttributedQuotes result = attributor.attribute(SAID.clean(), SAID.annotated(), quotes);
        StageAssertions.assertAttributedQuotes(SAID.clean(), quotes, result);
        assertThat(result.attributions()).singleElement().satisfies(a -> {
            assertThat(a.mention().text()).isEqualTo("Lopez");
            assertThat(a.cue().text()).isEqualTo("said");
            assertThat(result.speakers()).filteredOn(s -> s.id().equals(a.speakerId())).extracting(Speaker::name)
                    .containsExactly("Lopez");
        });
    }

    @Test
    void runsTheWholePipelineOnTaggedText() {
        QuoteStance pipeline = QuoteStance.builder()
                .languageAnalyzer(SAID.analyzer())
                .speakerAttributor(attributor)
                .stanceClassifier(input -> new StanceProbabilities(1, 0, 0))
                .build();
        DocumentAnalysis a = pipeline.analyze("tagged", SAID.text());
        StageAssertions.assertDocumentAnalysis(SAID.text(), a);
        assertThat(a.quotes()).singleElement()
                .satisfies(q -> assertThat(a.speakerOf(q).map(Speaker::name)).contains("Lopez"));
    }
}
