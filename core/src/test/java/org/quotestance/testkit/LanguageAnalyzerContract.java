package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.text.TextCleaner;

/**
 * The {@link LanguageAnalyzer} contract, for any implementation: extend this class and return the analyzer under
 * test from {@link #analyzer()}. Every result is checked with {@link StageAssertions#assertAnnotatedText}. A slow
 * analyzer should lower {@link #randomIterations()}.
 */
public abstract class LanguageAnalyzerContract {

    /** The analyzer under test; may be the same instance on every call (analyzers are thread-safe). */
    protected abstract LanguageAnalyzer analyzer();

    /** How many random texts {@link #neverThrowsOnRandomOrMangledText} tries. */
    protected int randomIterations() {
        return 200;
    }

    /** About how long those texts get. */
    protected int randomMaxChars() {
        return 2000;
    }

    /** Analyses {@code text} and checks the result against the contract. */
    protected final AnnotatedText analyze(String text) {
        AnnotatedText nlp = analyzer().analyze(text);
        StageAssertions.assertAnnotatedText(text, nlp);
        return nlp;
    }

    @Test
    void returnsNoTokensForEmptyText() {
        AnnotatedText nlp = analyze("");
        assertThat(nlp.tokens()).isEmpty();
        assertThat(nlp.sentences()).isEmpty();
    }

    @Test
    void returnsNoTokensForBlankText() {
        assertThat(analyze(" \n\n\t \u00A0 \r\n").tokens()).isEmpty();
    }

    @Test
    void splitsPlainTextIntoTokensAndSentences() {
        AnnotatedText nlp = analyze("The council met on Tuesday. It adjourned at noon.");
        assertThat(nlp.tokens()).isNotEmpty();
        assertThat(nlp.sentences()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quotestance.testkit.NewsSnippets#all")
    void keepsTheContractOnNewsSnippets(NewsSnippets.Snippet snippet) {
        assertThat(analyze(new TextCleaner().clean(snippet.text()).working()).tokens()).isNotEmpty();
    }

    @Test
    void neverThrowsOnRandomOrMangledText() {
        RandomText.check(randomIterations(), randomMaxChars(), text -> analyze(new TextCleaner().clean(text).working()));
    }

    /** How many times each thread of {@link #givesTheSameAnnotationsOnSeveralThreads} analyses every snippet. */
    protected int threadRounds() {
        return 10;
    }

    @Test
    void givesTheSameAnnotationsOnSeveralThreads() {
        ThreadSafety.assertSameResultsOnThreads(NewsSnippets.texts(), this::analyze, 2, threadRounds());
    }
}
