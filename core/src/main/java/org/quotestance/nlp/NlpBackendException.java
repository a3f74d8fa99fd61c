package org.quotestance.nlp;

/** The NLP backend failed to load its models or to analyse a text; the message says which and why. */
public final class NlpBackendException extends RuntimeException {

    public NlpBackendException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure found by the library itself (a model file that is missing or malformed), not thrown by the backend. */
    public NlpBackendException(String message) {
        super(message);
    }
}
