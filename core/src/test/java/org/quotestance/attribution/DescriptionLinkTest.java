package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.testkit.TaggedText;
import org.quotestance.testkit.TinyFirstNames;

/** A description that speaks ("the union said") is the organisation named before it, on tagged text. */
class DescriptionLinkTest {

    private static Attribution lastAttribution(TaggedText t, AttributedQuotes[] out) {
        List<QuoteSpan> quotes = new MarkQuoteFinder().find(t.clean());
        out[0] = new SieveAttributor(List.of(), TinyFirstNames.common()).attribute(t.clean(), t.annotated(), quotes);
        return out[0].attributions().get(out[0].attributions().size() - 1);
    }

    private static String speaker(AttributedQuotes r, Attribution a) {
        return r.speakers().stream().filter(s -> s.id().equals(a.speakerId())).map(Speaker::name).findFirst().orElse(null);
    }

    @Test
    void theUnionIsTheUnionNamedBeforeAndTheMentionStaysTheDescription() {
        TaggedText t = TaggedText.parse("The/DT Halden/NNP/ORGANIZATION Nurses/NNPS/ORGANIZATION Union/NNP/ORGANIZATION"
                + " rejected/VBD the/DT offer/NN ./. “/`` We/PRP will/MD not/RB sign/VB ./. ”/'' the/DT union/NN said/VBD ./.");
        AttributedQuotes[] r = new AttributedQuotes[1];
        Attribution a = lastAttribution(t, r);
        assertThat(a.mention().text()).isEqualTo("the union");
        assertThat(speaker(r[0], a)).isEqualTo("Halden Nurses Union");
    }

    @Test
    void aDescriptionWithNoOrganisationOfItsKindBeforeItIsTheSpeakerAsWritten() {
        TaggedText t = TaggedText.parse("The/DT Halden/NNP/ORGANIZATION Hospital/NNP/ORGANIZATION rejected/VBD the/DT"
                + " offer/NN ./. “/`` We/PRP will/MD not/RB sign/VB ./. ”/'' the/DT union/NN said/VBD ./.");
        AttributedQuotes[] r = new AttributedQuotes[1];
        Attribution a = lastAttribution(t, r);
        assertThat(speaker(r[0], a)).isEqualTo("union");
    }
}
