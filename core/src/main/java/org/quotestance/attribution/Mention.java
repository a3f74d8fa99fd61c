package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * The words an attribution rests on for its speaker: "Brinken", "he", "a spokeswoman".
 *
 * @param span where they stand in the original text
 * @param text the words themselves, as in the original text
 * @param type how the speaker is named there
 */
public record Mention(Span span, String text, MentionType type) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** How a mention names its speaker. */
    public enum MentionType {
        /** A proper name, with or without a title: "US Secretary of State Blinken". */
        NAME,
        /** A personal pronoun: "he", "they". */
        PRONOUN,
        /** A description: "a spokeswoman", "the Biden administration". */
        NOMINAL
    }
}
