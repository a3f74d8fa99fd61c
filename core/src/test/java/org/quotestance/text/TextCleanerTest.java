package org.quotestance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void blanksHtmlResidueWithoutMovingOffsets() {
        String text = "Title line\n\n< p>The mayor spoke.\n\n<\n\np >Then she left.</p>\n";
        CleanText clean = cleaner.clean(text);
        assertThat(clean.working()).hasSameSizeAs(text);
        assertThat(clean.working()).doesNotContain("<").doesNotContain("p >").doesNotContain("</p>");
        List<String> paragraphs = clean.paragraphs().stream().map(p -> p.span().textOf(clean.working())).toList();
        assertThat(paragraphs).containsExactly("Title line", "The mayor spoke.", "Then she left.");
        int at = text.indexOf("The mayor");
        assertThat(clean.paragraphs().get(1).span().start()).isEqualTo(at);
    }

    @Test
    void marksRepeatedHeadlineLinesAsDuplicateHeadings() {
        String text = "Ministers meet in Oslo\n\nThe ministers met on Tuesday.\n\nMinisters meet in Oslo(1)\n\nThey talked.";
        List<Paragraph> ps = cleaner.clean(text).paragraphs();
        assertThat(ps).extracting(Paragraph::duplicate).containsExactly(false, false, true, false);
        assertThat(ps.get(2).heading()).isTrue();
    }

    @Test
    void decodesCharacterEntitiesInPlace() {
        String text = "She said &ldquo;no&rdquo; &amp; left.";
        CleanText clean = cleaner.clean(text);
        assertThat(clean.working()).hasSameSizeAs(text).contains("\u201Cno").contains("\u201D");
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        String line = "The committee met again on Thursday to discuss the budget and the";
        String text = String.join("\n", line, line, line, line, line, line, "end of the matter.") + "\n\nNext one.";
        CleanText clean = cleaner.clean(text);
        assertThat(clean.paragraphs()).hasSize(2);
    }

    @Test
    void returnsNoParagraphsForEmptyText() {
        assertThat(cleaner.clean("").paragraphs()).isEmpty();
        assertThat(cleaner.clean("  \n\n \t").paragraphs()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ——Cable across the Arctic                          | true
            By Staff Reporter                                  | true
            “Shipping lanes are opening faster than our rules”, | true
            The minister arrived on Tuesday.                   | false
            The New York Times reports:                        | false
            The mayor said: “We will not give up.“             | false
            """)
    void tellsHeadingsFromBodyLines(String line, boolean heading) {
        assertThat(TextCleaner.isHeading(line, false)).isEqualTo(heading);
    }

    @Test
    void aLongQuoteParagraphWithoutItsFinalPeriodAfterBodyTextIsBodyText() {
        String text = "Pool reopens in June\n\n“The pool reopens in June,” said Adeyemi, whose department runs it.\n\n"
                + "“After that, the contracts go to the province for approval”\n\n“Too late”";
        List<Paragraph> ps = new TextCleaner().clean(text).paragraphs();
        assertThat(ps).extracting(Paragraph::heading).containsExactly(true, false, false, true);
    }

    @Test
    void aQuoteThatOpensTheDocumentStaysItsHeadline() {
        String text = "“We are not going to wait for anyone else to fix the pool”\n\nThe council met on Tuesday.";
        assertThat(new TextCleaner().clean(text).paragraphs().get(0).heading()).isTrue();
    }
}
