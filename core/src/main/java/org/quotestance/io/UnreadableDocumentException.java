package org.quotestance.io;

/** A document could not be read as text; the message names it and says why. */
public final class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
