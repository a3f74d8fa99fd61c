package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.SpeakerAttributor;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.TextCleaner;

/**
 * The {@link SpeakerAttributor} contract, for any implementation: extend this class and return the attributor under
 * test from {@link #attributor()}. Quotes come from {@link #finder()} and annotations from {@link #analyzer()}, by
 * default the {@link MarkQuoteFinder} and the fast {@link CrudeAnalyzer}, so no CoreNLP is loaded. Every result is
 * checked with {@link StageAssertions#assertAttributedQuotes}.
 */
public abstract class SpeakerAttributorContract {

    private final TextCleaner cleaner = new TextCleaner();

    /** The attributor under test; may be the same instance on every call (attributors are thread-safe). */
    protected abstract SpeakerAttributor attributor();

    /** Where the quotes to attribute come from. */
    protected QuoteFinder finder() {
        return new MarkQuoteFinder();
    }

    /** Where the annotations come from. */
    protected LanguageAnalyzer analyzer() {
        return new CrudeAnalyzer();
    }

    /** How many random texts {@link #neverThrowsOnRandomOrMangledText} tries. */
    protected int randomIterations() {
        return 300;
    }

    /** About how long those texts get. */
    protected int randomMaxChars() {
        return 2000;
    }

    /** Cleans, finds and analyses {@code text}, attributes its quotes and checks the result against the contract. */
    protected final AttributedQuotes attribute(String text) {
        CleanText clean = cleaner.clean(text);
        return attribute(clean, analyzer().analyze(clean.working()), finder().find(clean));
    }

    /** Attributes {@code quotes} and checks the result against the contract. */
    protected final AttributedQuotes attribute(CleanText clean, AnnotatedText nlp, List<QuoteSpan> quotes) {
        AttributedQuotes result = attributor().attribute(clean, nlp, quotes);
        StageAssertions.assertAttributedQuotes(clean, quotes, result);
        return result;
    }

    @Test
    void returnsNothingForEmptyText() {
        AttributedQuotes result = attribute("");
        assertThat(result.quotes()).isEmpty();
        assertThat(result.attributions()).isEmpty();
        assertThat(result.speakers()).isEmpty();
        assertThat(result.reported()).isEmpty();
    }

    @Test
    void returnsNoQuotesForPlainText() {
        AttributedQuotes result = attribute("The council met on Tuesday. It adjourned at noon.");
        assertThat(result.quotes()).isEmpty();
        assertThat(result.attributions()).isEmpty();
    }

    @Test
    void returnsNoQuotesWhenGivenNoQuoteSpans() {
        CleanText clean = cleaner.clean(NewsSnippets.WIRE.text());
        AttributedQuotes result = attribute(clean, analyzer().analyze(clean.working()), List.of());
        assertThat(result.quotes()).isEmpty();
        assertThat(result.attributions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quotestance.testkit.NewsSnippets#all")
    void keepsTheContractOnNewsSnippets(NewsSnippets.Snippet snippet) {
        assertThat(attribute(snippet.text()).quotes()).isNotEmpty();
    }

    @Test
    void keepsTheContractOnTaggedText() {
        TaggedText t = TaggedText.parse("""
                “/`` It/PRP is/VBZ ‘/`` madness/NN ’/'' ,/, ”/'' Maria/NNP/PERSON Lopez/NNP/PERSON said/VBD ./. ¶
                She/PRP added/VBD :/: “/`` We/PRP will/MD fight/VB ./. ”/''""");
        List<QuoteSpan> quotes = finder().find(t.clean());
        assertThat(attribute(t.clean(), t.annotated(), quotes).quotes()).hasSameSizeAs(quotes);
    }

    @Test
    void neverThrowsOnRandomOrMangledText() {
        RandomText.check(randomIterations(), randomMaxChars(), this::attribute);
    }

    @Test
    void givesTheSameAttributionsOnSeveralThreads() {
        ThreadSafety.assertSameResultsOnThreads(NewsSnippets.texts(), this::attribute, 2, 10);
    }
}
