package org.quotestance.attribution;

/**
 * Which reading of the text gave a quote its speaker, from the most to the least reliable.
 *
 * <p>Each rule carries a prior: the share of the PolNeAR train gold quotes (direct and partial) found and
 * attributed by the rule that have the right speaker, names and pronouns together
 * ({@code quotestance evaluate ../shared/data/polnear/train} prints it per rule and mention type). An
 * attribution's confidence is that prior, lowered for a distant cue or an uncertain mention.
 */
public enum AttributionRule {
    /** A speech cue with its speaker in the quote's own sentence: "Lavrov said, “...”". */
    SAME_SENTENCE(0.933),
    /** A colon or dash lead-in: "Lavrov: “...”", "“...” — Lavrov". */
    LEAD_IN(0.917),
    /** The next sentence points back at the quote: "“...?” Graham asked.", "A sentence from Blinken". */
    NEXT_SENTENCE(0.737),
    /** The quote follows a sentence of the same paragraph in which someone speaks. */
    PREVIOUS_SENTENCE(0.968),
    /** The quote continues the quote before it, in the same or the previous paragraph. */
    CONTINUATION(0.797),
    /**
     * A headline quote repeats or paraphrases an attributed statement in the body. PolNeAR has no
     * headline quotes to measure it on; the prior is a judgement, scaled by how much of the headline the
     * body statement repeats.
     */
    HEADLINE_REPEAT(0.8);

    private final double prior;

    AttributionRule(double prior) {
        this.prior = prior;
    }

    /** The measured share of right attributions for this rule, 0 to 1. */
    public double prior() {
        return prior;
    }
}
