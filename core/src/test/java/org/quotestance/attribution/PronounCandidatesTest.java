package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.testkit.TaggedText;
import org.quotestance.testkit.TinyFirstNames;

/** Which people a pronoun may refer to, on tagged text. */
class PronounCandidatesTest {

    private static final String QUOTE = " The/DT council/NN met/VBD on/IN Tuesday/NNP ./. “/`` We/PRP will/MD rebuild/VB"
            + " the/DT bridge/NN ,/, ”/'' she/PRP said/VBD ./.";

    private static List<String> speakersOf(String tagged) {
        TaggedText t = TaggedText.parse(tagged);
        AttributedQuotes r = new SieveAttributor(List.of(), TinyFirstNames.common())
                .attribute(t.clean(), t.annotated(), new MarkQuoteFinder().find(t.clean()));
        return r.attributions().stream().map(a -> r.speakers().stream().filter(s -> s.id().equals(a.speakerId()))
                .map(Speaker::name).findFirst().orElse("nobody")).toList();
    }

    /** Sentences without a person, one more than a pronoun looks back over. */
    private static String beyondTheReach() {
        return " The/DT rain/NN fell/VBD ./.".repeat(PronounResolver.SENTENCE_REACH + 1);
    }

    @Test
    void aBylinesAuthorIsNoAntecedent() {
        assertThat(speakersOf("By/IN Ana/NNP/PERSON Ruiz/NNP/PERSON ¶" + QUOTE)).containsExactly("nobody");
    }

    @Test
    void aPersonOfTheBodyIs() {
        assertThat(speakersOf("Ana/NNP/PERSON Ruiz/NNP/PERSON chairs/VBZ the/DT board/NN ./." + QUOTE))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void aKinshipNounGivesTheGenderOfANameAlone() {
        // Without "father", Samuel (gender unknown) is the nearest fit for "she".
        assertThat(speakersOf("Maria/NNP/PERSON Osei/NNP/PERSON runs/VBZ the/DT shelter/NN ./. Her/PRP$ father/NN ,/,"
                + " Samuel/NNP/PERSON ,/, founded/VBD it/PRP in/IN 1990/CD ./." + QUOTE))
                .containsExactly("Maria Osei");
    }

    @Test
    void aResolvedSubjectPronounCarriesItsPersonForward() {
        // "She" of the second sentence is Maria Osei, its subject; without it, Alex Berg (gender unknown) is the
        // only person of the sentence before the quote.
        assertThat(speakersOf("Maria/NNP/PERSON Osei/NNP/PERSON runs/VBZ the/DT shelter/NN ./. She/PRP took/VBD"
                + " over/RP from/IN Alex/NNP/PERSON Berg/NNP/PERSON ./." + QUOTE))
                .containsExactly("Maria Osei");
    }

    @Test
    void inItsOwnSentenceThePronounPrefersTheSubjectToTheNearestName() {
        String text = " Tom/NNP/PERSON Ash/NNP/PERSON praised/VBD David/NNP/PERSON Roe/NNP/PERSON and/CC"
                + " “/`` We/PRP won/VBD ,/, ”/'' he/PRP said/VBD ./.";
        assertThat(speakersOf(text)).containsExactly("Tom Ash");
    }

    @Test
    void beyondTheReachSheIsTheWomanMentionedMost() {
        String text = "Maria/NNP/PERSON Osei/NNP/PERSON runs/VBZ the/DT shelter/NN ./. Osei/NNP/PERSON opened/VBD it/PRP ./."
                + " Anna/NNP/PERSON Berg/NNP/PERSON visited/VBD ./." + beyondTheReach() + QUOTE;
        assertThat(speakersOf(text)).containsExactly("Maria Osei");
    }

    @Test
    void beyondTheReachAPersonOfUnknownGenderIsNoAntecedent() {
        assertThat(speakersOf("Alex/NNP/PERSON Osei/NNP/PERSON runs/VBZ the/DT shelter/NN ./." + beyondTheReach() + QUOTE))
                .containsExactly("nobody");
    }
}
