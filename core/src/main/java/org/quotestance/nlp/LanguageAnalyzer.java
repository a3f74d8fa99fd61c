package org.quotestance.nlp;

/**
 * Splits text into sentences and tokens and tags them with parts of speech and named-entity classes.
 *
 * <p>Contract: token and sentence spans are in bounds of {@code text}, sorted and non-overlapping; an empty
 * or blank text gives no tokens and no sentences. Implementations are thread-safe: one instance serves
 * every document of a JVM.
 */
public interface LanguageAnalyzer {

    /**
     * Analyses {@code text}.
     *
     * @throws NlpBackendException when the backend fails on this text
     */
    AnnotatedText analyze(String text);
}
