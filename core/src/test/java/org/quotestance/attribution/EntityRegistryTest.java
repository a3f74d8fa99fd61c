package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.entity.RosterEntry;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.Gender;

class EntityRegistryTest {

    @Test
    void mergesFullNameSurnameAndMisspelling() {
        EntityRegistry r = new EntityRegistry(List.of());
        var full = r.person(List.of("Kenji", "Takamura"), "Kenji Takamura", Gender.MALE);
        assertThat(r.person(List.of("Takamura"), "Takamura", Gender.UNKNOWN)).isSameAs(full);
        assertThat(r.person(List.of("Takamora"), "Takamora", Gender.UNKNOWN)).isSameAs(full);
        assertThat(full.name()).isEqualTo("Kenji Takamura");
    }

    @Test
    void keepsPeopleWithTheSameSurnameButDifferentGivenNamesApart() {
        EntityRegistry r = new EntityRegistry(List.of());
        var hillary = r.person(List.of("Hillary", "Clinton"), "Hillary Clinton", Gender.FEMALE);
        var bill = r.person(List.of("Bill", "Clinton"), "Bill Clinton", Gender.MALE);
        assertThat(bill).isNotSameAs(hillary);
    }

    @Test
    void mergesAFullNameWithItsParticleSurnameInEitherOrder() {
        EntityRegistry r = new EntityRegistry(List.of());
        var lePen = r.person(List.of("Le", "Pen"), "Le Pen", Gender.UNKNOWN);
        assertThat(r.person(List.of("Marine", "Le", "Pen"), "Marine Le Pen", Gender.FEMALE)).isSameAs(lePen);
        assertThat(lePen.name()).isEqualTo("Marine Le Pen");
        var bill = r.person(List.of("Bill", "de", "Blasio"), "Bill de Blasio", Gender.MALE);
        assertThat(r.person(List.of("De", "Blasio"), "De Blasio", Gender.UNKNOWN)).isSameAs(bill);
    }

    @Test
    void aParticleSurnameTakenForAnOrganisationBecomesThePersonOfTheFullName() {
        EntityRegistry r = new EntityRegistry(List.of());
        var lePen = r.organization("Le Pen", SpeakerType.ORGANIZATION);
        var marine = r.person(List.of("Marine", "Le", "Pen"), "Marine Le Pen", Gender.FEMALE);
        assertThat(marine).isSameAs(lePen);
        assertThat(marine.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(marine.name()).isEqualTo("Marine Le Pen");
    }

    @Test
    void keepsAGivenNameThatLooksLikeAParticleApart() {
        EntityRegistry r = new EntityRegistry(List.of());
        var doug = r.person(List.of("Doug", "Jones"), "Doug Jones", Gender.MALE);
        assertThat(r.person(List.of("Van", "Jones"), "Van Jones", Gender.MALE)).isNotSameAs(doug);
    }

    @Test
    void linksMentionsToTheRosterByAlias() {
        EntityRegistry r = new EntityRegistry(List.of(RosterEntry.person("Antony Blinken", "Tony Blinken")));
        var e = r.person(List.of("Blinken"), "Blinken", Gender.UNKNOWN);
        assertThat(e.name()).isEqualTo("Antony Blinken");
        assertThat(r.person(List.of("Tony", "Blinken"), "Tony Blinken", Gender.UNKNOWN)).isSameAs(e);
    }

    @Test
    void mergesOrganisationsByArticleAndAcronym() {
        EntityRegistry r = new EntityRegistry(List.of());
        var us = r.organization("the United States", SpeakerType.ORGANIZATION);
        assertThat(r.organization("United States", SpeakerType.ORGANIZATION)).isSameAs(us);
        assertThat(r.organization("U.S.", SpeakerType.ORGANIZATION)).isSameAs(us);
    }

    @Test
    void anAdministrationAndAGovernmentOfTheSameNameAreOneOrganisationApartFromThePerson() {
        EntityRegistry r = new EntityRegistry(List.of());
        var okafor = r.person(List.of("Ada", "Okafor"), "Ada Okafor", Gender.FEMALE);
        var administration = r.organization("the Okafor administration", SpeakerType.ORGANIZATION);
        assertThat(r.organization("the Okafor government", SpeakerType.ORGANIZATION)).isSameAs(administration);
        assertThat(administration).isNotSameAs(okafor);
        assertThat(r.organization("the Okafor campaign", SpeakerType.ORGANIZATION)).isNotSameAs(administration);
    }

    @Test
    void aPersonsNameTaggedAsAnOrganisationIsThatPerson() {
        EntityRegistry r = new EntityRegistry(List.of());
        var trump = r.person(List.of("Donald", "Trump"), "Donald Trump", Gender.MALE);
        assertThat(r.organization("Trump", SpeakerType.ORGANIZATION)).isSameAs(trump);
        // The other order: an organisation first, then the same name as a person.
        var ford = r.organization("Ford", SpeakerType.ORGANIZATION);
        assertThat(r.person(List.of("Ford"), "Ford", Gender.UNKNOWN)).isSameAs(ford);
        assertThat(ford.type()).isEqualTo(SpeakerType.PERSON);
        // Not a name a person has: a real organisation stays one.
        assertThat(r.organization("Reuters", SpeakerType.ORGANIZATION).type()).isEqualTo(SpeakerType.ORGANIZATION);
    }
}
