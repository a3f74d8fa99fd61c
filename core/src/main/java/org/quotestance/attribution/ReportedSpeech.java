package org.quotestance.attribution;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A sentence in which someone speaks without being quoted: "Kowal said her government was ready to reopen
 * the consulates", "And rejects the mayor's claims" (the speaker carried over from the sentence before).
 *
 * @param sentence   the sentence, in the original text
 * @param speakerId  id of the {@link org.quotestance.entity.Speaker}
 * @param mention    the words naming the speaker (in an earlier sentence, for a carried-over speaker)
 * @param cue        the speech verb
 * @param confidence estimated probability that the speaker is right, 0 to 1
 */
public record ReportedSpeech(Span sentence, String speakerId, Mention mention, Cue cue, double confidence) {

    public ReportedSpeech {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(cue, "cue");
    }
}
