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

    @Test
    void aBylinesAuthorIsNoAntecedent() {
        assertThat(speakersOf("By/IN Ana/NNP/PERSON Ruiz/NNP/PERSON ¶" + QUOTE)).containsExactly("nobody");
    }

    @Test
    void aPersonOfTheBodyIs() {
        assertThat(speakersOf("Ana/NNP/PERSON Ruiz/NNP/PERSON chairs/VBZ the/DT board/NN ./." + QUOTE))
                .containsExactly("Ana Ruiz");
    }
}
