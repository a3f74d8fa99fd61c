package org.quotestance.attribution;

/**
 * Which reading of the text gave a quote its speaker, from the most to the least reliable.
 *
 * <p>Each rule carries a prior: the share of PolNeAR train gold direct quotes that the rule attributed to
 * the right source through a name (for {@code NEXT_SENTENCE}, with few cases, through any mention) ({@code quotestance evaluate ../shared/data/polnear/train} prints it per rule). An
 * attribution's confidence is that prior, lowered for a distant cue or an uncertain mention.
 */
public enum AttributionRule {
    /** A speech cue with its speaker in the quote's own sentence: "Lavrov said, “...”". */
    SAME_SENTENCE(0.97),
    /** A colon or dash lead-in: "Lavrov: “...”", "“...” — Lavrov". */
    LEAD_IN(0.95),
    /** The next sentence points back at the quote: "“...?” Graham asked.", "A sentence from Blinken". */
    NEXT_SENTENCE(0.83),
    /** The quote follows a sentence of the same paragraph in which someone speaks. */
    PREVIOUS_SENTENCE(0.76),
    /** The quote continues the quote before it, in the same or the previous paragraph. */
    CONTINUATION(0.3),
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
