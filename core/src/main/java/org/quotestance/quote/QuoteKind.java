package org.quotestance.quote;

/** What a quoted stretch is, as a reader would tell it. */
public enum QuoteKind {
    /** Someone's words quoted as a sentence or more. */
    DIRECT,
    /** A fragment of someone's words inside reported speech: overcome the “unhealthy situation”. */
    PARTIAL,
    /** A quote in a title, subheading or repeated headline line. */
    HEADLINE,
    /** Scare quotes, an idiom, a name or a title in quote marks: nobody's words, no speaker. */
    SCARE,
    /** A quote inside another quote (the speaker quoting someone else); no speaker of its own. */
    NESTED
}
