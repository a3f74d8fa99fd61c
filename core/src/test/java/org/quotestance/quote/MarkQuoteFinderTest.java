package org.quotestance.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.text.CleanText;
import org.quotestance.text.TextCleaner;

class MarkQuoteFinderTest {

    private final TextCleaner cleaner = new TextCleaner();
    private final MarkQuoteFinder finder = new MarkQuoteFinder();

    private List<String> quotes(String text) {
        CleanText clean = cleaner.clean(text);
        return finder.find(clean).stream().map(q -> q.span().textOf(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He said “we will win” today.            | “we will win”
            He said "we will win" today.            | "we will win"
            Elle a dit « nous gagnerons » hier.     | « nous gagnerons »
            Er sagte „wir gewinnen“ gestern.        | „wir gewinnen“
            She called it ‘a farce’ on Monday.      | ‘a farce’
            She called it 'a farce' on Monday.      | 'a farce'
            """)
    void findsEachKindOfQuoteMark(String text, String expected) {
        assertThat(quotes(text)).containsExactly(expected);
    }

    @Test
    void doesNotTakeApostrophesForQuotes() {
        assertThat(quotes("It’s the mayor’s plan, and the voters’ choice, isn't it? Rock 'n' roll in the '90s.")).isEmpty();
    }

    @Test
    void findsQuoteNestedInsideQuoteOfAnotherMark() {
        String text = "“He told me ‘never again’ and left,” she said.";
        List<QuoteSpan> spans = finder.find(cleaner.clean(text));
        assertThat(spans).extracting(QuoteSpan::depth).containsExactly(0, 1);
        assertThat(spans.get(1).span().textOf(text)).isEqualTo("‘never again’");
    }

    @Test
    void continuesQuoteIntoParagraphThatReopensIt() {
        String text = "“The first paragraph of the speech.\n\n“The second paragraph ends it.”\n\nThen he sat down.";
        List<String> found = quotes(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("“The first").endsWith("ends it.”");
    }

    @Test
    void endsUnclosedQuoteAtItsParagraph() {
        String text = "She said “this never closes.\n\nA new paragraph with “its own quote” here.";
        List<QuoteSpan> spans = finder.find(cleaner.clean(text));
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).closed()).isFalse();
        assertThat(spans.get(0).span().textOf(text)).isEqualTo("“this never closes.");
        assertThat(spans.get(1).span().textOf(text)).isEqualTo("“its own quote”");
    }

    @Test
    void lostClosingMarkDoesNotSwallowTheQuotesAfterIt() {
        String text = "He is ready to “tidy up “The old rules stay in place. “It will take time.” He said, “We start now.”";
        List<String> found = quotes(text);
        assertThat(found).contains("“It will take time.”", "“We start now.”");
        assertThat(found).allSatisfy(q -> assertThat(q).doesNotContain("He said"));
    }

    @Test
    void closesStraightQuoteWithCurlyMarkInMixedText() {
        assertThat(quotes("\"Oz has a pulpit,” said a doctor.")).containsExactly("\"Oz has a pulpit,”");
    }

    @Test
    void ignoresStrayClosingMark() {
        assertThat(quotes("Promise of”. However, she said “yes.”")).containsExactly("“yes.”");
    }

    @Test
    void keepsContractOnRandomText() {
        Random random = new Random(42);
        String alphabet = "ab “”‘’\"'«»„\n\n.<>p";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<QuoteSpan> spans = finder.find(cleaner.clean(text));
            int previousStart = -1;
            for (QuoteSpan q : spans) {
                assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(q.span().start()).isGreaterThanOrEqualTo(previousStart);
                assertThat("“”‘’\"'«»„").contains(String.valueOf(text.charAt(q.span().start())));
                assertThat(q.span().contains(q.content())).isTrue();
                previousStart = q.span().start();
            }
        }
    }
}
