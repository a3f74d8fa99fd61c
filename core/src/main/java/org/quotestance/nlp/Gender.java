package org.quotestance.nlp;

/** Grammatical gender a person's name or title suggests. */
public enum Gender { MALE, FEMALE, UNKNOWN }
