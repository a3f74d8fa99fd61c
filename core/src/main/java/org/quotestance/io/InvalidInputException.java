package org.quotestance.io;

/** A configuration or annotation file the caller gave is malformed; the message names the file and what is wrong. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
