package org.quotestance.attribution;

import java.util.List;
import java.util.Objects;
import org.quotestance.entity.RosterEntry;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.FirstNames;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;

/**
 * Attributes quotes with a list of sieves for news, in order of precedence ({@link AttributionSieves#defaults()}):
 * a speech cue with its speaker in the quote's sentence (either order, appositives skipped), any verb in
 * the frame of reported speech, a colon or dash lead-in, a dash credit line, a next sentence that points
 * back ("A sentence from X"), a previous sentence of the same paragraph in which someone speaks, a
 * paragraph ending "X said:", continuation of the preceding quote; for headlines, the body statement they
 * repeat.
 * Pronouns resolve to the most salient earlier person (or organisation, for "it" and "they") that agrees
 * in gender. Immutable and thread-safe.
 */
public final class SieveAttributor implements SpeakerAttributor {

    private final List<RosterEntry> roster;
    private final FirstNames firstNames;
    private final List<AttributionSieve> sieves;

    /** The default sieves ({@link AttributionSieves#defaults()}). */
    public SieveAttributor(List<RosterEntry> roster, FirstNames firstNames) {
        this(roster, firstNames, AttributionSieves.defaults());
    }

    /**
     * Custom sieves, in the order given: the defaults with some removed ({@link AttributionSieves#without}),
     * reordered, or with sieves of your own. Thread-safe as long as those sieves are.
     */
    public SieveAttributor(List<RosterEntry> roster, FirstNames firstNames, List<AttributionSieve> sieves) {
        this.roster = List.copyOf(roster);
        this.firstNames = Objects.requireNonNull(firstNames, "firstNames");
        this.sieves = List.copyOf(sieves);
    }

    /** The sieves this attributor runs, in order. */
    public List<AttributionSieve> sieves() {
        return sieves;
    }

    @Override
    public AttributedQuotes attribute(CleanText text, AnnotatedText nlp, List<QuoteSpan> quotes) {
        if (nlp.text().length() != text.working().length()) {
            throw new IllegalArgumentException("annotations cover " + nlp.text().length()
                    + " chars but the text has " + text.working().length());
        }
        return new DocumentRun(text, nlp, quotes, roster, firstNames, sieves).run();
    }
}
