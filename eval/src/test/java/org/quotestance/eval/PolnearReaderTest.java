package org.quotestance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.InvalidInputException;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

class PolnearReaderTest {

    @TempDir
    Path dir;

    //                                    0         1         2         3         4         5         6         7
    //                                    0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "“We will rebuild,” Lopez said. She called the plan “a duty” and “overdue.”";

    private void write(String path, String content) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static String ann(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void usesTheFirstAnnotatorByIdAndDerivesDirectAndPartialQuotes() throws Exception {
        write("text/a.txt", TEXT);
        write("attributions/a_b2.ann", ann(
                "T1\tContent 0 18\t“We will rebuild,”",
                "T2\tSource 19 24\tLopez",
                "T3\tCue 25 29\tsaid",
                "E1\tAttribution:T3 Content:T1 Source:T2",
                "T4\tContent 41 74\tthe plan “a duty” and “overdue.”",
                "T5\tSource 31 34\tShe",
                "T6\tCue 35 41\tcalled",
                "E2\tAttribution:T6 Content:T4 Source:T5"));
        write("attributions/a_c9.ann", ann("T1\tContent 0 18\t“We will rebuild,”", "E1\tAttribution:T1 Content:T1"));
        GoldCorpus corpus = new PolnearReader().read(dir);
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.description()).contains("1 have two annotators").contains("sorts first");
        GoldDocument doc = corpus.documents().get(0);
        assertThat(doc.origin()).isEqualTo("annotator b2");
        assertThat(doc.quotes()).extracting(q -> q.span().textOf(TEXT))
                .containsExactly("“We will rebuild,”", "“a duty”", "“overdue.”");
        assertThat(doc.quotes()).extracting(GoldQuote::kind)
                .containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.PARTIAL);
        assertThat(doc.quotes()).extracting(GoldQuote::speaker).containsExactly("Lopez", "She", "She");
        assertThat(doc.quotes()).extracting(GoldQuote::naming)
                .containsExactly(MentionCategory.NAME, MentionCategory.PRONOUN, MentionCategory.PRONOUN);
    }

    @Test
    void skipsArticlesWithAMissingTextOrAMalformedLineNamingThemAndReadsTheRest() throws Exception {
        write("text/a.txt", TEXT);
        write("attributions/a_b2.ann", ann("T1\tContent 0 18\t“We will rebuild,”", "E1\tAttribution:T1 Content:T1"));
        write("attributions/gone_b2.ann", ann("T1\tContent 0 4\tWe w", "E1\tAttribution:T1 Content:T1"));
        write("text/late.txt", TEXT);
        write("attributions/late_b2.ann", ann("T1\tContent 0 18\tok", "T2\tContent 70 900\ttoo far", "E1\tAttribution:T1 Content:T2"));
        write("text/odd.txt", TEXT);
        write("attributions/odd_b2.ann", ann("T1\tContent zero 18\tbad"));
        GoldCorpus corpus = new PolnearReader().read(dir);
        assertThat(corpus.documents()).extracting(GoldDocument::name).containsExactly("a");
        assertThat(corpus.problems()).hasSize(3);
        assertThat(corpus.problems().get(0)).contains("gone_b2.ann").contains("gone.txt is missing");
        assertThat(corpus.problems().get(1)).contains("late_b2.ann:2").contains("ends after the text");
        assertThat(corpus.problems().get(2)).contains("odd_b2.ann:1").contains("malformed annotation");
    }

    @Test
    void pairsStraightMarksByTheirSidesAndReachesBackForAQuoteOpenedBeforeTheContent() {
        String text = "Lopez said \"we will\" and \"must\" act. “I finished it,” she said.";
        int finished = text.indexOf("finished");
        assertThat(PolnearReader.quoted(text, new Span(0, text.indexOf(" act"))))
                .extracting(q -> q.textOf(text)).containsExactly("\"we will\"", "\"must\"");
        assertThat(PolnearReader.quoted(text, new Span(finished, text.indexOf(" she said"))))
                .extracting(q -> q.textOf(text)).containsExactly("“I finished it,”");
    }

    @Test
    void namesAnEventThatPointsAtAnUndefinedAnnotation() throws Exception {
        write("text/a.txt", TEXT);
        write("attributions/a_b2.ann", ann("T1\tContent 0 18\t“We will rebuild,”", "E1\tAttribution:T1 Content:T1 Source:T9"));
        GoldCorpus corpus = new PolnearReader().read(dir);
        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p).contains("a_b2.ann:2").contains("T9 is not defined"));
    }

    @Test
    void aFolderWithoutTextAndAttributionsIsAnInputError() {
        assertThatThrownBy(() -> new PolnearReader().read(dir))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PolNeAR folder");
    }
}
