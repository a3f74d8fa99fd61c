package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.quote.QuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.TextCleaner;

/**
 * The {@link QuoteFinder} contract, for any implementation: extend this class and return the finder under test
 * from {@link #finder()}. Every result is checked with {@link StageAssertions#assertQuoteSpans}.
 */
public abstract class QuoteFinderContract {

    private final TextCleaner cleaner = new TextCleaner();

    /** The finder under test; may be the same instance on every call (finders are thread-safe). */
    protected abstract QuoteFinder finder();

    /** How many random texts {@link #neverThrowsOnRandomOrMangledText} tries. */
    protected int randomIterations() {
        return 300;
    }

    /** About how long those texts get. */
    protected int randomMaxChars() {
        return 2000;
    }

    /** Cleans {@code text}, finds its quotes and checks them against the contract. */
    protected final List<QuoteSpan> find(String text) {
        CleanText clean = cleaner.clean(text);
        StageAssertions.assertCleanText(text, clean);
        List<QuoteSpan> spans = finder().find(clean);
        StageAssertions.assertQuoteSpans(clean, spans);
        return spans;
    }

    @Test
    void returnsNoQuotesForEmptyText() {
        assertThat(find("")).isEmpty();
    }

    @Test
    void returnsNoQuotesForPlainText() {
        assertThat(find("The council met on Tuesday. It adjourned at noon, and the mayor's plan was not discussed."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quotestance.testkit.NewsSnippets#all")
    void keepsTheContractOnNewsSnippets(NewsSnippets.Snippet snippet) {
        List<QuoteSpan> spans = find(snippet.text());
        assertThat(spans).as("quotes of the %s snippet", snippet.name())
                .anySatisfy(q -> assertThat(q.span().start()).isEqualTo(snippet.firstQuoteStart()));
    }

    @Test
    void neverThrowsOnRandomOrMangledText() {
        RandomText.check(randomIterations(), randomMaxChars(), this::find);
    }

    @Test
    void givesTheSameQuotesOnSeveralThreads() {
        ThreadSafety.assertSameResultsOnThreads(NewsSnippets.texts(), this::find, 2, 20);
    }
}
