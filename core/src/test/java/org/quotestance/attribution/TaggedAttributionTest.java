package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.entity.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteKind;
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

    /** A name set off by commas after a description, before or after the verb, is the speaker it describes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "“/`` We/PRP will/MD rebuild/VB it/PRP ,/, ”/'' the/DT transport/NN minister/NN ,/, Ann/NNP/PERSON Lee/NNP/PERSON ,/, said/VBD ./.",
        "“/`` We/PRP will/MD rebuild/VB it/PRP ,/, ”/'' said/VBD the/DT transport/NN minister/NN ,/, Ann/NNP/PERSON Lee/NNP/PERSON ./.",
        // the tagger calls the name an organisation; after a person noun it is a person all the same
        "“/`` We/PRP will/MD rebuild/VB it/PRP ,/, ”/'' the/DT party/NN leader/NN ,/, Ann/NNP/ORGANIZATION Lee/NNP/ORGANIZATION ,/, said/VBD ./."
    })
    void takesTheNameAfterADescriptionForTheSpeaker(String tagged) {
        AttributedQuotes result = attributed(tagged);
        assertThat(result.attributions()).singleElement().satisfies(a -> {
            assertThat(a.mention().text()).isEqualTo("Ann Lee");
            assertThat(result.speakers()).filteredOn(s -> s.id().equals(a.speakerId()))
                    .singleElement().satisfies(s -> {
                        assertThat(s.name()).isEqualTo("Ann Lee");
                        assertThat(s.type()).isEqualTo(org.quotestance.entity.SpeakerType.PERSON);
                    });
        });
    }

    /** A participle phrase set off by commas after a name ("Ann Lee, speaking on the radio, said") is skipped. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ann/NNP/PERSON Lee/NNP/PERSON ,/, speaking/VBG on/IN the/DT radio/NN on/IN Monday/NNP ,/, said/VBD :/: “/`` We/PRP will/MD rebuild/VB it/PRP ./. ”/''",
        "Ann/NNP/PERSON Lee/NNP/PERSON ,/, asked/VBN about/IN the/DT bridge/NN ,/, said/VBD “/`` we/PRP will/MD rebuild/VB it/PRP ”/'' ./.",
        "Ann/NNP/PERSON Lee/NNP/PERSON ,/, speaking/VBG on/IN the/DT radio/NN ,/, explained/VBD :/: “/`` We/PRP will/MD rebuild/VB it/PRP ./. ”/''"
    })
    void skipsAParticiplePhraseBetweenTheNameAndTheVerb(String tagged) {
        AttributedQuotes result = attributed(tagged);
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).isEqualTo("Ann Lee"));
    }

    /** A lead-in colon after a subordinate clause: the main clause's subject speaks, not the subordinate one's. */
    @Test
    void takesTheMainClauseSubjectBeforeALeadInColon() {
        AttributedQuotes result = attributed("When/WRB the/DT old/JJ mayor/NN died/VBD ,/, Governor/NNP Ana/NNP/PERSON"
                + " Lind/NNP/PERSON released/VBD a/DT statement/NN :/: “/`` He/PRP served/VBD the/DT city/NN well/RB ./. ”/''");
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).contains("Ana Lind"));
    }

    /** Two subordinate clauses, and one whose comma closes a quote, are skipped to the main clause's named subject. */
    @ParameterizedTest
    @ValueSource(strings = {
        "When/WRB the/DT mayor/NN died/VBD ,/, after/IN he/PRP had/VBD been/VBN ill/JJ ,/, Governor/NNP Ana/NNP/PERSON"
                + " Lind/NNP/PERSON released/VBD a/DT statement/NN :/: “/`` He/PRP served/VBD well/RB ./. ”/''",
        "When/WRB Tom/NNP/PERSON Berg/NNP/PERSON called/VBD it/PRP “/`` a/DT disaster/NN ,/, ”/'' Governor/NNP"
                + " Ana/NNP/PERSON Lind/NNP/PERSON released/VBD a/DT statement/NN :/: “/`` He/PRP served/VBD well/RB ./. ”/''"
    })
    void skipsSubordinateClausesToTheMainClauseNameBeforeALeadInColon(String tagged) {
        AttributedQuotes result = attributed(tagged);
        Attribution lastQuote = result.attributions().stream()
                .max(java.util.Comparator.comparingInt(a -> a.quote().start())).orElseThrow();
        assertThat(lastQuote.mention().text()).contains("Ana Lind");
    }

    /** "As Lee put it, we have a choice:": a pronoun after the clause is not taken over the name inside it. */
    @Test
    void keepsTheNameInsideAnAsClauseWhenAPronounFollows() {
        AttributedQuotes result = attributed("As/IN Ann/NNP/PERSON Lee/NNP/PERSON put/VBD it/PRP on/IN Monday/NNP ,/,"
                + " we/PRP have/VBP a/DT choice/NN :/: “/`` Rebuild/VB or/CC rot/VB ./. ”/''");
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).contains("Ann Lee"));
    }

    /** "As X, a description, put it:" opens with no clause before its comma; X stays the speaker. */
    @Test
    void keepsTheNameOfAnAsLeadIn() {
        AttributedQuotes result = attributed("As/IN John/NNP/PERSON Cornyn/NNP/PERSON ,/, the/DT party/NN whip/NN ,/,"
                + " put/VBD it/PRP :/: “/`` This/DT will/MD not/RB pass/VB ./. ”/''");
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).contains("John Cornyn"));
    }

    /** The description stays the speaker when no name follows it, or what follows is not a name. */
    @ParameterizedTest
    @ValueSource(strings = {
        "“/`` We/PRP will/MD rebuild/VB it/PRP ,/, ”/'' the/DT transport/NN minister/NN said/VBD ./.",
        "“/`` We/PRP will/MD rebuild/VB it/PRP ,/, ”/'' the/DT transport/NN minister/NN ,/, a/DT former/JJ engineer/NN ,/, said/VBD ./."
    })
    void keepsTheDescriptionWithoutANameAfterIt(String tagged) {
        AttributedQuotes result = attributed(tagged);
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).contains("transport minister"));
    }

    /** A title-cased quote right after "is", "titled" and the like names a work: nobody's words, so no speaker. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Lopez/NNP/PERSON said/VBD her/PRP$ favourite/JJ film/NN is/VBZ “/`` A/DT Long/JJ Way/NN North/NNP ”/'' ./.",
        "Lopez/NNP/PERSON said/VBD her/PRP$ favourite/JJ film/NN was/VBD “/`` A/DT Long/JJ Way/NN North/NNP ./. ”/''",
        "Lopez/NNP/PERSON said/VBD the/DT report/NN ,/, titled/VBN “/`` Bridges/NNS of/IN Springfield/NNP ”/'' ,/, is/VBZ out/RP ./."
    })
    void takesATitleAfterACopulaForANameNotSpeech(String tagged) {
        AttributedQuotes result = attributed(tagged);
        assertThat(result.quotes()).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.SCARE));
        assertThat(result.attributions()).isEmpty();
    }

    @Test
    void keepsTheSpeakerOfWordsQuotedAfterACopula() {
        AttributedQuotes result = attributed(
                "Lopez/NNP/PERSON said/VBD her/PRP$ answer/NN was/VBD “/`` We/PRP will/MD rebuild/VB it/PRP ./. ”/''");
        assertThat(result.attributions()).singleElement()
                .satisfies(a -> assertThat(a.mention().text()).isEqualTo("Lopez"));
    }

    /** The quotes {@link MarkQuoteFinder} finds in the tagged text, attributed. */
    private AttributedQuotes attributed(String tagged) {
        TaggedText t = TaggedText.parse(tagged);
        return attributor.attribute(t.clean(), t.annotated(), new MarkQuoteFinder().find(t.clean()));
    }
}
