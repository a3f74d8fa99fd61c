package org.quotestance.attribution;

import java.util.List;
import java.util.Objects;
import org.quotestance.entity.RosterEntry;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.FirstNames;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;

/**
 * Attributes quotes with a cascade of rules for news, most reliable first: a speech cue with its speaker
 * in the quote's sentence (either order, appositives skipped), a colon or dash lead-in, a next sentence
 * that points back ("A sentence from X"), a previous sentence of the same paragraph in which someone
 * speaks, continuation of the preceding quote, and for headlines the body statement they repeat.
 * Pronouns resolve to the most salient earlier person (or organisation, for "it" and "they") that agrees
 * in gender. Immutable and thread-safe.
 */
public final class SieveAttributor implements SpeakerAttributor {

    private final List<RosterEntry> roster;
    private final FirstNames firstNames;

    public SieveAttributor(List<RosterEntry> roster, FirstNames firstNames) {
        this.roster = List.copyOf(roster);
        this.firstNames = Objects.requireNonNull(firstNames, "firstNames");
    }

    @Override
    public AttributedQuotes attribute(CleanText text, AnnotatedText nlp, List<QuoteSpan> quotes) {
        if (nlp.text().length() != text.working().length()) {
            throw new IllegalArgumentException("annotations cover " + nlp.text().length()
                    + " chars but the text has " + text.working().length());
        }
        return new DocumentRun(text, nlp, quotes, roster, firstNames).run();
    }
}
