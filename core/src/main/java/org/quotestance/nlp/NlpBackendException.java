package org.quotestance.nlp;

/** The NLP backend failed to load its models or to analyse a text; the message says which and why. */
public final class NlpBackendException extends RuntimeException {

    public NlpBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
