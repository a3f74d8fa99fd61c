package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A speech cue found in a sentence ("said", "according to", "remarks by") and the speaker it names, if
 * any. Found once per document, before any quote is attributed.
 */
public final class CueHit {

    private final int token;
    private final Span span;
    private final Speech speech;

    CueHit(int token, Span span, Speech speech) {
        this.token = token;
        this.span = Objects.requireNonNull(span, "span");
        this.speech = speech;
    }

    /** Index of the cue's first token. */
    public int token() {
        return token;
    }

    /** The cue's words in the working text. */
    public Span span() {
        return span;
    }

    /** Whether the cue names a speaker ("Lavrov said"), not only a verb (", saying"). */
    public boolean hasSpeaker() {
        return speech != null;
    }

    /** Whether the speaker resolves to an entity (a pronoun may have no antecedent). */
    public boolean hasEntity() {
        return speech != null && speech.entity() != null;
    }

    Speech speech() {
        return speech;
    }
}
