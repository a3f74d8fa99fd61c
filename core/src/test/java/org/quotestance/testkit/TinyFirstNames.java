package org.quotestance.testkit;

import java.util.Locale;
import java.util.Map;
import org.quotestance.nlp.FirstNames;
import org.quotestance.nlp.Gender;

/**
 * A handful of first names with their usual gender, so that attribution runs without CoreNLP's gender list.
 * Immutable and thread-safe.
 */
public final class TinyFirstNames implements FirstNames {

    private static final TinyFirstNames COMMON = new TinyFirstNames(Map.of(
            "maria", Gender.FEMALE, "anna", Gender.FEMALE, "sarah", Gender.FEMALE, "ursula", Gender.FEMALE,
            "tom", Gender.MALE, "john", Gender.MALE, "david", Gender.MALE, "olaf", Gender.MALE,
            "alex", Gender.UNKNOWN));

    private final Map<String, Gender> genders;

    /** @param genders lower-case first name to gender */
    public TinyFirstNames(Map<String, Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** Maria, Anna, Sarah and Ursula (female), Tom, John, David and Olaf (male), Alex (either). */
    public static TinyFirstNames common() {
        return COMMON;
    }

    @Override
    public Gender genderOf(String firstName) {
        return genders.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
