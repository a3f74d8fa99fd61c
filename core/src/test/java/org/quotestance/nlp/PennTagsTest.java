package org.quotestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PennTagsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "VBD, true, true, true", "VBZ, true, true, true", "VBP, true, true, false", "VB, true, false, false",
            "VBN, true, false, false", "VBG, true, false, false", "NN, false, false, false", "MD, false, false, false"})
    void tellsVerbsFiniteVerbsAndReportingVerbsApart(String tag, boolean verb, boolean finite, boolean reporting) {
        assertThat(PennTags.isVerb(tag)).isEqualTo(verb);
        assertThat(PennTags.isFiniteVerb(tag)).isEqualTo(finite);
        assertThat(PennTags.isReportingVerb(tag)).isEqualTo(reporting);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NN, true", "NNPS, true", "JJR, true", "POS, true", "CD, true", "HYPH, true", "DT, false", "VBG, false",
            "IN, false"})
    void nominalWordsAreNounsAdjectivesNumbersPossessivesAndHyphens(String tag, boolean nominal) {
        assertThat(PennTags.isNominal(tag)).isEqualTo(nominal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RB, true, true", "RBR, true, false", "RBS, true, false", "JJ, false, false"})
    void plainAdverbsAreNeitherComparativeNorSuperlative(String tag, boolean adverb, boolean plain) {
        assertThat(PennTags.isAdverb(tag)).isEqualTo(adverb);
        assertThat(PennTags.isPlainAdverb(tag)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PERSON, PERSON", "PER, PERSON", "ORG, ORGANIZATION", "CITY, LOCATION", "MISC, MISC", "O, NONE",
            "DATE, NONE"})
    void entityLabelsMapToTheFourClassesOrNone(String label, EntityType type) {
        assertThat(EntityType.of(label)).isEqualTo(type);
    }
}
