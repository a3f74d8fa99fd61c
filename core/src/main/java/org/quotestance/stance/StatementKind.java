package org.quotestance.stance;

/** How a statement reports what its speaker said. */
public enum StatementKind {
    /** A direct quote: the speaker's own words, a sentence or more. */
    DIRECT,
    /** A sentence of reported speech holding a quoted fragment: called it a “crazy system”. */
    PARTIAL,
    /** Reported speech without quote marks: "Lavrov stated that all Russian actions ... are legal". */
    INDIRECT
}
