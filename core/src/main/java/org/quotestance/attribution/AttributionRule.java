package org.quotestance.attribution;

/** Which reading of the text gave a quote its speaker, from the most to the least reliable. */
public enum AttributionRule {
    /** A speech cue with its speaker in the quote's own sentence: "Lavrov said, “...”". */
    SAME_SENTENCE,
    /** A colon or dash lead-in: "Lavrov: “...”", "“...” — Lavrov". */
    LEAD_IN,
    /** The next sentence points back at the quote: "“...” A sentence from Blinken ...". */
    NEXT_SENTENCE,
    /** The quote follows a sentence of the same paragraph in which someone speaks. */
    PREVIOUS_SENTENCE,
    /** The quote continues the quote before it, in the same or the previous paragraph. */
    CONTINUATION,
    /** A headline quote repeats or paraphrases an attributed statement in the body. */
    HEADLINE_REPEAT
}
