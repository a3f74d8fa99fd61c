package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;

/**
 * The contract of the whole pipeline, {@link QuoteStance#analyze}: odd but valid text gives a sensible, possibly
 * empty result and never an exception, and every result is well-formed ({@link StageAssertions#assertDocumentAnalysis}).
 * Extend this class and return the pipeline under test from {@link #pipeline()}; a pipeline on CoreNLP should lower
 * {@link #randomIterations()}.
 */
public abstract class QuoteStanceContract {

    /** The pipeline under test; may be the same instance on every call (pipelines are thread-safe). */
    protected abstract QuoteStance pipeline();

    /** How many random texts {@link #neverThrowsOnRandomOrMangledText} tries. */
    protected int randomIterations() {
        return 200;
    }

    /** About how long those texts get. */
    protected int randomMaxChars() {
        return 2000;
    }

    /** Analyses {@code text} and checks the result. */
    protected final DocumentAnalysis analyze(String text) {
        DocumentAnalysis a = pipeline().analyze("test", text);
        StageAssertions.assertDocumentAnalysis(text, a);
        return a;
    }

    @Test
    void returnsEmptyResultForEmptyText() {
        DocumentAnalysis a = analyze("");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.speakers()).isEmpty();
        assertThat(a.statements()).isEmpty();
    }

    @Test
    void returnsNoQuotesForPlainText() {
        assertThat(analyze("The council met on Tuesday. It adjourned at noon.").quotes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quotestance.testkit.NewsSnippets#all")
    void keepsTheContractOnNewsSnippets(NewsSnippets.Snippet snippet) {
        DocumentAnalysis a = analyze(snippet.text());
        assertThat(a.quotes()).as("quotes of the %s snippet", snippet.name())
                .anySatisfy(q -> assertThat(q.span().start()).isEqualTo(snippet.firstQuoteStart()));
    }

    @Test
    void neverThrowsOnRandomOrMangledText() {
        RandomText.check(randomIterations(), randomMaxChars(), this::analyze);
    }

    /** How many times each thread of {@link #givesTheSameAnalysisOnSeveralThreads} analyses every snippet. */
    protected int threadRounds() {
        return 10;
    }

    @Test
    void givesTheSameAnalysisOnSeveralThreads() {
        ThreadSafety.assertSameResultsOnThreads(NewsSnippets.texts(), this::analyze, 2, threadRounds());
    }
}
