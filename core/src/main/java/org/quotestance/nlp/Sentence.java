package org.quotestance.nlp;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * A sentence: its extent in the original text and the range of document token indices it holds.
 *
 * @param span       extent in the original text
 * @param index      position of the sentence in the document, from 0
 * @param firstToken index of its first token, inclusive
 * @param endToken   index after its last token, exclusive
 */
public record Sentence(Span span, int index, int firstToken, int endToken) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (endToken < firstToken) {
            throw new IllegalArgumentException("endToken " + endToken + " < firstToken " + firstToken);
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
