package org.quotestance.attribution;

import java.util.Objects;

/**
 * What a sieve proposes for a quote: who speaks (the words naming them, a cue already resolved, or the
 * speaker of an earlier quote), the cue, the rule and how certain the rule is here. A candidate holds no
 * resolved entity of its own making: only the winning candidate of a quote is resolved.
 */
public final class Candidate {

    private final TokenRange mention;
    private final CueHit hit;
    private final int sameAsQuote;
    private final Cue cue;
    private final AttributionRule rule;
    private final double certainty;
    private final boolean besideCue;

    private Candidate(TokenRange mention, CueHit hit, int sameAsQuote, Cue cue, AttributionRule rule,
                      double certainty, boolean besideCue) {
        this.mention = mention;
        this.hit = hit;
        this.sameAsQuote = sameAsQuote;
        this.cue = Objects.requireNonNull(cue, "cue");
        this.rule = Objects.requireNonNull(rule, "rule");
        if (!(certainty >= 0 && certainty <= 1)) {
            throw new IllegalArgumentException("certainty " + certainty + " outside [0, 1]");
        }
        this.certainty = certainty;
        this.besideCue = besideCue;
    }

    /** The speaker named by the words {@code mention}, to be resolved if this candidate wins. */
    public static Candidate mention(TokenRange mention, Cue cue, AttributionRule rule, double certainty) {
        return new Candidate(Objects.requireNonNull(mention, "mention"), null, -1, cue, rule, certainty, false);
    }

    /** The speaker of a cue of the document's cue index. */
    public static Candidate cue(CueHit hit, Cue cue, AttributionRule rule, double certainty) {
        if (!hit.hasSpeaker()) {
            throw new IllegalArgumentException("cue at token " + hit.token() + " names no speaker");
        }
        return new Candidate(null, hit, -1, cue, rule, certainty, false);
    }

    /** The speaker and cue of the earlier attributed quote number {@code quote}. */
    public static Candidate sameAsQuote(int quote, Cue cue, AttributionRule rule, double certainty) {
        if (quote < 0) {
            throw new IllegalArgumentException("quote " + quote);
        }
        return new Candidate(null, null, quote, cue, rule, certainty, false);
    }

    /** The same candidate, marked as standing right beside its cue (“Absolutely,” he said). */
    public Candidate besideCue() {
        return new Candidate(mention, hit, sameAsQuote, cue, rule, certainty, true);
    }

    public Cue cueWords() {
        return cue;
    }

    public AttributionRule rule() {
        return rule;
    }

    /** How sure the rule is in this place, 0 to 1; the attribution's confidence is this times the rule's prior. */
    public double certainty() {
        return certainty;
    }

    /** Whether the cue stands right beside the quote, which makes even a short quote speech. */
    public boolean isBesideCue() {
        return besideCue;
    }

    TokenRange mention() {
        return mention;
    }

    CueHit hit() {
        return hit;
    }

    int sameAsQuote() {
        return sameAsQuote;
    }
}
