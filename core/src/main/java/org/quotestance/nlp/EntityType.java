package org.quotestance.nlp;

import java.util.Locale;

/** The named-entity class of a token, as a CoNLL 4-class recogniser gives it. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    /** Not part of a name ({@code O} in CoNLL's notation). */
    NONE;

    /**
     * The class for a recogniser's label: CoNLL's ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
     * {@code MISC}, {@code O}), their short forms ({@code ORG}, {@code LOC}, {@code PER}) and the fine-grained
     * place labels ({@code CITY}, {@code COUNTRY}, {@code STATE_OR_PROVINCE}); anything else, and null, is
     * {@link #NONE}.
     */
    public static EntityType of(String label) {
        if (label == null) {
            return NONE;
        }
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "LOC", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC" -> MISC;
            default -> NONE;
        };
    }
}
