package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.testkit.TaggedText;
import org.quotestance.testkit.TinyFirstNames;

/**
 * A definite description that speaks ("the Ohio Democrat said", "the 31-year-old said", "the firm said") is the
 * person or organisation introduced as one before it, on tagged text; the mention stays the description.
 */
class PersonDescriptionLinkTest {

    /** A title paragraph first, so that the introductions stand in the body. */
    private static final String TITLE = "Vote/NN on/IN the/DT bill/NN ¶ ";
    private static final String WE_WIN = " ¶ “/`` We/PRP will/MD win/VB ,/, ”/'' ";

    /** The speaker's name and the mention of the document's last attribution. */
    private static List<String> lastSpeaker(String tagged) {
        TaggedText t = TaggedText.parse(TITLE + tagged);
        AttributedQuotes r = new SieveAttributor(List.of(), TinyFirstNames.common())
                .attribute(t.clean(), t.annotated(), new MarkQuoteFinder().find(t.clean()));
        Attribution a = r.attributions().get(r.attributions().size() - 1);
        String name = r.speakers().stream().filter(s -> s.id().equals(a.speakerId())).map(Speaker::name)
                .findFirst().orElse("nobody");
        return List.of(name, a.mention().text());
    }

    @Test
    void theOhioDemocratIsThePersonIntroducedAsADemocratFromOhio() {
        assertThat(lastSpeaker("Sherrod/NNP/PERSON Brown/NNP/PERSON ,/, a/DT Democrat/NNP from/IN Ohio/NNP/LOCATION"
                + " ,/, voted/VBD against/IN the/DT bill/NN ./." + WE_WIN + "the/DT Ohio/NNP Democrat/NNP said/VBD ./."))
                .containsExactly("Sherrod Brown", "the Ohio Democrat");
    }

    @Test
    void aPartyParentheticalMakesTheSenatorAnOhioDemocrat() {
        assertThat(lastSpeaker("Sen./NNP Tom/NNP/PERSON Harlan/NNP/PERSON (/-LRB- D-Ohio/NNP )/-RRB- voted/VBD no/RB ./."
                + WE_WIN + "the/DT Ohio/NNP Democrat/NNP said/VBD ./."))
                .containsExactly("Tom Harlan", "the Ohio Democrat");
        assertThat(lastSpeaker("Sen./NNP Tom/NNP/PERSON Harlan/NNP/PERSON (/-LRB- D-Ohio/NNP )/-RRB- voted/VBD no/RB ./."
                + WE_WIN + "the/DT senator/NN said/VBD ./."))
                .containsExactly("Tom Harlan", "the senator");
    }

    @Test
    void theNYearOldIsThePersonWhoseAgeWasGiven() {
        assertThat(lastSpeaker("Rovers/NNPS/ORGANIZATION signed/VBD Marco/NNP/PERSON Bellini/NNP/PERSON ,/, 31/CD ,/,"
                + " on/IN Friday/NNP ./." + WE_WIN + "the/DT 31-year-old/JJ said/VBD ./."))
                .containsExactly("Marco Bellini", "the 31-year-old");
    }

    @Test
    void anAgeTheTaggerSplitsStillNamesThePerson() {
        assertThat(lastSpeaker("Police/NNS arrested/VBD Daniel/NNP/PERSON Okafor/NNP/PERSON ,/, 42/CD ,/, at/IN his/PRP$"
                + " home/NN ./." + WE_WIN + "said/VBD the/DT 42/CD -/HYPH year/NN -/HYPH old/JJ ./."))
                .containsExactly("Daniel Okafor", "the 42 - year - old"); // TaggedText spaces the hyphens
    }

    @Test
    void aDifferentAgeContradicts() {
        assertThat(lastSpeaker("Police/NNS arrested/VBD Daniel/NNP/PERSON Okafor/NNP/PERSON ,/, 42/CD ,/, at/IN his/PRP$"
                + " home/NN ./." + WE_WIN + "said/VBD the/DT 51-year-old/JJ ./.").get(0)).isEqualTo("51-year-old");
    }

    @Test
    void aModifierTheIntroductionDidNotGiveStillLinks() {
        assertThat(lastSpeaker("Rovers/NNPS/ORGANIZATION signed/VBD Marco/NNP/PERSON Bellini/NNP/PERSON ,/, a/DT"
                + " 31-year-old/JJ midfielder/NN from/IN Genoa/NNP/LOCATION ,/, on/IN Friday/NNP ./."
                + WE_WIN + "said/VBD the/DT veteran/JJ midfielder/NN ./."))
                .containsExactly("Marco Bellini", "the veteran midfielder");
    }

    @Test
    void theMayorIsThePersonACopulaDescribed() {
        assertThat(lastSpeaker("Ana/NNP/PERSON Ruiz/NNP/PERSON is/VBZ the/DT mayor/NN of/IN Springfield/NNP/LOCATION ./."
                + WE_WIN + "the/DT mayor/NN said/VBD ./."))
                .containsExactly("Ana Ruiz", "the mayor");
    }

    @Test
    void theLatestIntroductionThatFitsWinsAndAnotherPlaceContradicts() {
        String people = "Sherrod/NNP/PERSON Brown/NNP/PERSON ,/, a/DT Democrat/NNP from/IN Ohio/NNP/LOCATION ,/,"
                + " and/CC Tim/NNP/PERSON Kaine/NNP/PERSON ,/, a/DT Democrat/NNP from/IN Virginia/NNP/LOCATION ,/,"
                + " voted/VBD no/RB ./.";
        assertThat(lastSpeaker(people + WE_WIN + "the/DT Ohio/NNP Democrat/NNP said/VBD ./."))
                .containsExactly("Sherrod Brown", "the Ohio Democrat");
        assertThat(lastSpeaker(people + WE_WIN + "the/DT Democrat/NNP said/VBD ./."))
                .containsExactly("Tim Kaine", "the Democrat");
    }

    @Test
    void aDefiningModifierOfTheIntroductionMustBeRepeated() {
        assertThat(lastSpeaker("Vice/NNP President/NNP Tom/NNP/PERSON Cole/NNP/PERSON arrived/VBD ./."
                + WE_WIN + "the/DT president/NN said/VBD ./.").get(0)).isEqualTo("president");
    }

    @Test
    void anIndefiniteDescriptionNeverLinks() {
        assertThat(lastSpeaker("Rovers/NNPS/ORGANIZATION signed/VBD Marco/NNP/PERSON Bellini/NNP/PERSON ,/, a/DT"
                + " midfielder/NN ,/, on/IN Friday/NNP ./." + WE_WIN + "a/DT midfielder/NN said/VBD ./.").get(0))
                .isEqualTo("a midfielder");
    }

    @Test
    void theFirmIsTheOrganisationAnAppositionCalledAFirm() {
        assertThat(lastSpeaker("Acme/NNP/ORGANIZATION Corp./NNP/ORGANIZATION ,/, a/DT Toronto/NNP/LOCATION firm/NN ,/,"
                + " lost/VBD the/DT contract/NN ./." + WE_WIN + "the/DT firm/NN said/VBD ./."))
                .containsExactly("Acme Corp.", "the firm");
    }
}
