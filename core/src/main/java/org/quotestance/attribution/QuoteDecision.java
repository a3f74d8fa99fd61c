package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.quote.QuoteKind;

/**
 * What attribution decided for one quote: its kind and, when attributed, the speaker, cue, rule and
 * confidence.
 */
record QuoteDecision(QuoteKind kind, Speech speech, Cue cue, AttributionRule rule, double confidence) {

    QuoteDecision {
        Objects.requireNonNull(kind, "kind");
        if (speech != null && (cue == null || rule == null)) {
            throw new IllegalArgumentException("an attributed quote needs its cue and rule");
        }
    }

    static QuoteDecision unattributed(QuoteKind kind) {
        return new QuoteDecision(kind, null, null, null, 0);
    }

    boolean attributed() {
        return speech != null;
    }

    /**
     * Attributed as speech, so its speaker is reported. Scare and nested quotes carry no speech, so this is
     * {@link #attributed()}; the kind check keeps it so whatever a later stage decides.
     */
    boolean speaks() {
        return speech != null && kind != QuoteKind.SCARE && kind != QuoteKind.NESTED;
    }

    QuoteDecision withKind(QuoteKind k) {
        return new QuoteDecision(k, speech, cue, rule, confidence);
    }
}
