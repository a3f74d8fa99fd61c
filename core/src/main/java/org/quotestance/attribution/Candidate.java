package org.quotestance.attribution;

import java.util.Objects;

/**
 * What a sieve proposes for a quote: who speaks (the words naming them, a cue of the document's cue index,
 * or the speaker of an earlier quote), the cue, and how certain the sieve is here; the attribution's rule
 * is the proposing sieve's. A candidate that names words resolves nothing until it wins and its quote is no
 * scare quote; the cue index's speakers were resolved once for the whole document, before any sieve ran.
 */
public final class Candidate {

    private final TokenRange mention;
    private final CueHit hit;
    private final int sameAsQuote;
    private final Cue cue;
    private final double certainty;
    private final boolean besideCue;

    private Candidate(TokenRange mention, CueHit hit, int sameAsQuote, Cue cue, double certainty, boolean besideCue) {
        this.mention = mention;
        this.hit = hit;
        this.sameAsQuote = sameAsQuote;
        this.cue = Objects.requireNonNull(cue, "cue");
        if (!(certainty >= 0 && certainty <= 1)) {
            throw new IllegalArgumentException("certainty " + certainty + " outside [0, 1]");
        }
        this.certainty = certainty;
        this.besideCue = besideCue;
    }

    /** The speaker named by the words {@code mention}, to be resolved if this candidate wins. */
    public static Candidate mention(TokenRange mention, Cue cue, double certainty) {
        return new Candidate(Objects.requireNonNull(mention, "mention"), null, -1, cue, certainty, false);
    }

    /** The speaker of a cue of the document's cue index. */
    public static Candidate cue(CueHit hit, Cue cue, double certainty) {
        if (!Objects.requireNonNull(hit, "hit").hasSpeaker()) {
            throw new IllegalArgumentException("cue at token " + hit.token() + " names no speaker");
        }
        return new Candidate(null, hit, -1, cue, certainty, false);
    }

    /** The speaker and cue of the attributed quote before {@code quote} ({@link QuoteContext#previous()}). */
    public static Candidate continuing(QuoteContext quote, double certainty) {
        if (!quote.hasPrevious()) {
            throw new IllegalArgumentException("quote " + quote.index() + " has no attributed quote before it");
        }
        return new Candidate(null, null, quote.previous(), quote.previousCue(), certainty, false);
    }

    /** The same candidate, marked as standing right beside its cue (“Absolutely,” he said). */
    public Candidate besideCue() {
        return new Candidate(mention, hit, sameAsQuote, cue, certainty, true);
    }

    public Cue cueWords() {
        return cue;
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
