package org.quotestance.entity;

/** What kind of speaker an entity is. */
public enum SpeakerType {
    /** A named or described person: "Sergei Lavrov", "a spokeswoman". */
    PERSON,
    /** An organisation, outlet, government or country acting as a speaker: "The Guardian", "the United States". */
    ORGANIZATION,
    /** Anything else that speaks in the text: "the report", "sources". */
    OTHER
}
