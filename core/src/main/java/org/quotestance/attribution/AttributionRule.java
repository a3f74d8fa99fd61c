package org.quotestance.attribution;

/**
 * Which reading of the text gave a quote its speaker, in the order the sieves run.
 *
 * <p>Each rule is one {@link AttributionSieve} (the headline rule is the headline stage) and carries a
 * prior: of the PolNeAR train gold quotes (direct and partial) found and attributed by the rule, the share
 * with the right speaker, names and pronouns together, smoothed as (right + 1) / (found + 2) so that a
 * rule seen a few times is not certain ({@code quotestance evaluate ../shared/data/polnear/train} prints
 * the counts per rule and mention type). An attribution's confidence is that prior, lowered for a distant
 * cue or an uncertain mention.
 */
public enum AttributionRule {
    /** A speech cue with its speaker in the quote's own sentence: "Lavrov said, “...”". */
    SAME_SENTENCE(0.931),
    /** Any past or third-person verb in the frame of reported speech beside the quote: "“...,” Kelly charged". */
    SPEECH_FRAME(0.926),
    /** A colon or dash lead-in: "Lavrov: “...”", "“...” — Lavrov". */
    LEAD_IN(0.9),
    /** A short paragraph of its own after the quote credits the speaker: "— Bernie Sanders." */
    DASH_CREDIT(0.889),
    /** The next sentence points back at the quote: "“...?” Graham asked.", "A sentence from Blinken". */
    NEXT_SENTENCE(0.762),
    /** The quote follows a sentence of the same paragraph in which someone speaks. */
    PREVIOUS_SENTENCE(0.967),
    /** The quote opens a paragraph after one that ends "X said:". */
    COLON_PARAGRAPH(0.966),
    /** The quote continues the quote before it, in the same or the previous paragraph. */
    CONTINUATION(0.797),
    /**
     * A paragraph that is only a quote continues whoever spoke last in the paragraph before: the wire
     * convention. PolNeAR's gold leaves many of these without a source, which its scorer skips; the prior
     * is measured on the 33 that have one in train.
     */
    QUOTE_PARAGRAPH(0.857),
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
