package org.quotestance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Blinken,    Brinken,    true
            Takamura,   Takamora,   true
            Lavrov,     Lavrov's,   true
            Zelenskyy,  Zelensky,   true
            Clinton,    Clinton,    true
            Bush,       Rush,       false
            Bush,       Bash,       false
            Clinton,    Flinton,    false
            Schmidt,    Schmitt,    true
            Johnson,    Jackson,    false
            """)
    void decidesWhetherTwoSpellingsAreTheSameName(String a, String b, boolean same) {
        assertThat(NameSimilarity.variants(a, b)).isEqualTo(same);
    }
}
