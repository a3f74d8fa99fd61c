package org.quotestance.nlp;

/** Tells the usual gender of a given (first) name; thread-safe. */
public interface FirstNames {

    /** {@link Gender#UNKNOWN} when the name is not known or is used for both. */
    Gender genderOf(String firstName);
}
