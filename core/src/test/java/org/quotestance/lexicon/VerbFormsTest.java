package org.quotestance.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            support   | support supports supported supporting
            oppose    | oppose opposes opposed opposing
            dismiss   | dismiss dismisses dismissed dismissing
            relax     | relax relaxes relaxed relaxing
            deny      | deny denies denied denying
            delay     | delay delays delayed delaying
            echo      | echo echoes echoed echoing
            agree     | agree agrees agreed agreeing
            criticize | criticize criticizes criticized criticizing
            criticise | criticise criticises criticised criticising
            tie       | tie ties tied tying
            stop      | stop stops stopped stopping
            shut      | shut shuts shutting
            cancel    | cancel cancels cancelled canceled cancelling canceling
            """)
    void buildsRegularFormsAndListedIrregularOnes(String stem, String forms) {
        assertThat(VerbForms.forms(stem)).containsExactly(forms.split(" "));
    }

    @Test
    void makesNoBritishSpellingOfAnIzeVerb() {
        assertThat(VerbForms.forms("criticize")).doesNotContain("criticise", "criticised");
    }

    @Test
    void rejectsAStemThatIsNoWord() {
        assertThatThrownBy(() -> VerbForms.forms("back up")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("back up");
        assertThatThrownBy(() -> VerbForms.forms("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expandsMarkedStemsAndTakesOtherEntriesAsTheyAre() {
        assertThat(VerbForms.load(VerbFormsTest.class, "sample-stems.txt")).containsExactlyInAnyOrder(
                "support", "supports", "supported", "supporting", "deny", "denies", "denied", "denying",
                "opposition", "backed");
    }

    @Test
    void aBareStemMarkFailsNamingTheList() {
        assertThatThrownBy(() -> VerbForms.load(VerbFormsTest.class, "bare-mark.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bare-mark.txt");
    }
}
