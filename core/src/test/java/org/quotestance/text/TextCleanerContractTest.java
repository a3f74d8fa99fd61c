package org.quotestance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotestance.testkit.NewsSnippets;
import org.quotestance.testkit.RandomText;
import org.quotestance.testkit.StageAssertions;

/** The cleaner's contract: same length, offsets kept, paragraphs in order, never an exception. */
class TextCleanerContractTest {

    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String text) {
        CleanText clean = cleaner.clean(text);
        StageAssertions.assertCleanText(text, clean);
        return clean;
    }

    @Test
    void givesNoParagraphsForEmptyText() {
        assertThat(clean("").paragraphs()).isEmpty();
    }

    @Test
    void keepsPlainTextAsItIs() {
        String text = "The council met on Tuesday.\n\nIt adjourned at noon.";
        CleanText clean = clean(text);
        assertThat(clean.working()).isEqualTo(text);
        assertThat(clean.paragraphs()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quotestance.testkit.NewsSnippets#all")
    void keepsTheContractOnNewsSnippets(NewsSnippets.Snippet snippet) {
        assertThat(clean(snippet.text()).paragraphs()).isNotEmpty();
    }

    @Test
    void neverThrowsOnRandomOrMangledText() {
        RandomText.check(300, 2000, this::clean);
    }
}
