package org.quotestance.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotestance.nlp.Gender;

class CoreNlpFirstNamesTest {

    private final CoreNlpFirstNames names = CoreNlpFirstNames.shared();

    @Test
    void knowsNamesOfTheShortListsAndOfTheCoreferenceTable() {
        assertThat(names.genderOf("Linda")).isEqualTo(Gender.FEMALE);   // short list
        assertThat(names.genderOf("Hillary")).isEqualTo(Gender.FEMALE); // coreference table only
        assertThat(names.genderOf("Lorna")).isEqualTo(Gender.FEMALE);
        assertThat(names.genderOf("Samuel")).isEqualTo(Gender.MALE);
        assertThat(names.genderOf("EZRA")).isEqualTo(Gender.MALE);
    }

    @Test
    void saysUnknownForANameTheTableGivesBothGenders() {
        assertThat(names.genderOf("Jan")).isEqualTo(Gender.UNKNOWN);
        assertThat(names.genderOf("Pat")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void saysUnknownForAWordThatIsNoFirstName() {
        assertThat(names.genderOf("Quxbrindle")).isEqualTo(Gender.UNKNOWN);
        assertThat(names.genderOf("")).isEqualTo(Gender.UNKNOWN);
    }
}
