package org.quotestance.nlp;

import java.util.function.Supplier;

/**
 * A model loaded on its first use, once per JVM. A failure to load is kept and thrown again, as an
 * {@link NlpBackendException}, on every later use, not as the {@code NoClassDefFoundError} a failed static
 * initializer leaves. Thread-safe.
 *
 * @param <T> the model
 */
public final class LoadOnce<T> {

    private final String what;
    private final Supplier<T> load;
    private T value;
    private RuntimeException failure;

    /**
     * @param what names the model in messages ("the stance cross-encoder")
     * @param load loads it; called at most once
     */
    public LoadOnce(String what, Supplier<T> load) {
        this.what = what;
        this.load = load;
    }

    /**
     * The model, loaded now if this is the first call.
     *
     * @throws NlpBackendException when it cannot be loaded (on every call, naming the first failure)
     */
    public synchronized T get() {
        if (value == null && failure == null) {
            try {
                value = load.get();
            } catch (RuntimeException e) {
                failure = e;
            } catch (LinkageError e) {
                failure = new NlpBackendException("could not load " + what + ": " + e, e);
            }
        }
        if (failure != null) {
            throw new NlpBackendException(failure.getMessage(), failure);
        }
        return value;
    }
}
