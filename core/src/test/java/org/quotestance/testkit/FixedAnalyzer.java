package org.quotestance.testkit;

import java.util.Objects;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;

/**
 * A {@link LanguageAnalyzer} that knows one text: it returns the given annotations for that text and refuses any
 * other, so that a pipeline built with it ({@code QuoteStance.builder().languageAnalyzer(...)}) runs on hand-tagged
 * text (see {@link TaggedText}) instead of CoreNLP's tags. Immutable and thread-safe.
 */
public final class FixedAnalyzer implements LanguageAnalyzer {

    private final AnnotatedText annotated;

    public FixedAnalyzer(AnnotatedText annotated) {
        this.annotated = Objects.requireNonNull(annotated, "annotated");
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not the text the annotations were made for
     */
    @Override
    public AnnotatedText analyze(String text) {
        if (!text.equals(annotated.text())) {
            throw new IllegalArgumentException("this analyzer knows only the text <"
                    + StageAssertions.escape(annotated.text()) + ">, not <" + StageAssertions.escape(text) + ">");
        }
        return annotated;
    }
}
