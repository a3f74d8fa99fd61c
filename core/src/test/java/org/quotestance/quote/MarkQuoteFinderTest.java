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

    /**
     * Quote-finding cases modelled on CoreNLP's QuoteAnnotator tests (texts written afresh), plus the ones the
     * issue adds. {@code \n} in a row stands for a line break; the expected column lists every quote found as
     * {@code depth:text}, with {@code ~} before an unclosed one, joined by {@code " ‖ "}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            curly doubles around a cue       | “Good morning,” she said, “shall we begin?”                      | 0:“Good morning,” ‖ 0:“shall we begin?”
            straight doubles around a cue    | "Good morning," she said, "shall we begin?"                      | 0:"Good morning," ‖ 0:"shall we begin?"
            straight singles around a cue    | 'Good morning,' she said, 'shall we begin?'                      | 0:'Good morning,' ‖ 0:'shall we begin?'
            unclosed double at paragraph end | "Good morning," she said, "shall we begin?                       | 0:"Good morning," ‖ ~0:"shall we begin?
            unclosed single never opens      | 'Good morning,' she said, 'shall we begin?                       | 0:'Good morning,'
            stray double before a single     | Morning,   " she said, 'shall we begin?'                         | 0:'shall we begin?'
            left single mark as apostrophe   | “Hi,” he said, “where is the cat‘s bowl today?”                  | 0:“Hi,” ‖ 0:“where is the cat‘s bowl today?”
            plural possessives in doubles    | "I thought the Davies' plan was fairer," he said. He was angry--"Our plan beats all of the Davies' ideas!" | 0:"I thought the Davies' plan was fairer," ‖ 0:"Our plan beats all of the Davies' ideas!"
            quotes in consecutive paragraphs | "Where?"\\n\\n"I can't see 'em!"\\n\\n"Look, he's behind the van!" the boy cried. | 0:"Where?" ‖ 0:"I can't see 'em!" ‖ 0:"Look, he's behind the van!"
            singles nested in doubles        | "'Welcome,' he said, 'take a seat.'"                             | 0:"'Welcome,' he said, 'take a seat.'" ‖ 1:'Welcome,' ‖ 1:'take a seat.'
            doubles nested in singles        | '"Welcome," he said, "take a seat."'                             | 0:'"Welcome," he said, "take a seat."' ‖ 1:"Welcome," ‖ 1:"take a seat."
            double inside a single sentence  | She recalled: 'He said "no" to me twice.'                        | 0:'He said "no" to me twice.' ‖ 1:"no"
            reopened paragraph chain         | The aide wrote "First part,\\n\\n"Second part goes on.\\n\\n"Final part." and left. | 0:"First part,\\n\\n"Second part goes on.\\n\\n"Final part."
            reopened after a leading space   | The aide wrote "First part,\\n\\n "Second part goes on.\\n\\n"Final part." and left. | 0:"First part,\\n\\n "Second part goes on.\\n\\n"Final part."
            reopened single-quote chain      | The aide wrote 'First part,\\n\\n 'Second part goes on.\\n\\n'The part before the end.\\n\\n'then there's the last bit.' and more words after | 0:'First part,\\n\\n 'Second part goes on.\\n\\n'The part before the end.\\n\\n'then there's the last bit.'
            reopened curly single chain      | The aide wrote ‘First part,\\n\\n‘Second part goes on.\\n\\n‘then there’s the last bit.’ and left. | 0:‘First part,\\n\\n‘Second part goes on.\\n\\n‘then there’s the last bit.’
            paragraphs opening with apostrophes | 'Tis the season, he wrote.\\n\\n'Tis the time for rest.     | ``
            double across single line breaks | The aide wrote "First part,\\nthe second line of it,\\nand the third ends it." and left. | 0:"First part,\\nthe second line of it,\\nand the third ends it."
            single across single line breaks | The aide wrote 'First part,\\nthe second line of it,\\nand the third ends it.' and left. | 0:'First part,\\nthe second line of it,\\nand the third ends it.'
            single across a line break       | It was easy to say 'Come in,' but the clerk was\\nin no hurry. 'No, I'll "check" first,' she said, 'and\\nsee if it's stamped "void" or not'; | 0:'Come in,' ‖ 0:'No, I'll "check" first,' ‖ 1:"check" ‖ 0:'and\\nsee if it's stamped "void" or not' ‖ 1:"void"
            apostrophes in a wrapped single  | He told me: 'I don't think O'Brien's team, a relic of the '90s,\\ncan win.' Then he left. | 0:'I don't think O'Brien's team, a relic of the '90s,\\ncan win.'
            quote after paragraph-start space | Intro line.\\n\\n   “Yes,” she said.                              | 0:“Yes,”
            unclosed then a new quote        | She said “this never closes.\\nA new line has “its own quote” here. | ~0:“this never closes. ‖ 0:“its own quote”
            left double typed as closing     | He called the group “abhorrent“ in a tweet.                      | 0:“abhorrent“
            left double closing before a cue | “It is unusual,“ said Noble. “It is hard to do.”                 | 0:“It is unusual,“ ‖ 0:“It is hard to do.”
            left double closing at the end   | The plan was “dead on arrival.“\\n\\nShe left.                  | 0:“dead on arrival.“
            left double closing before punctuation | They were called “criminals“, “rapists“; he went on.        | 0:“criminals“ ‖ 0:“rapists“
            left double closing a straight   | "The pool is out of balance," the group wrote. "A fix is needed.“ | 0:"The pool is out of balance," ‖ 0:"A fix is needed.“
            left double after a space opens  | Russia is ready to “clean up “The obstacles remain.              | ~0:“clean up ‖ ~0:“The obstacles remain.
            left double after a colon opens  | The note said:“ We will win.”                                    | 0:“ We will win.”
            left double opens when none is open | He said,“ We will win.”                                     | 0:“ We will win.”
            left double closing after a dash | “I think—“ she began, then stopped.                              | 0:“I think—“
            left double at a line end opens  | The plan was a “\\ndisaster” for all of us.                        | 0:“\\ndisaster”
            """)
    void findsQuotesAsCarefulReaderWould(String name, String text, String expected) {
        String source = text.replace("\\n", "\n");
        List<String> found = finder.find(cleaner.clean(source)).stream()
                .map(q -> (q.closed() ? "" : "~") + q.depth() + ":" + q.span().textOf(source))
                .toList();
        assertThat(String.join(" ‖ ", found)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void continuesQuoteAcrossLinesOfHardWrappedParagraph() {
        String text = """
                The council met on Tuesday evening to discuss the budget for the
                coming year, and the mayor, who had been quiet for weeks, spoke
                first. "We cannot keep spending money we do not have on projects
                that nobody asked for," she told the packed room, to loud cheers
                from the back rows. Several members left before the final vote
                was taken, and the meeting ended late in the night without a deal.
                """;
        List<String> found = quotes(text);
        assertThat(found).singleElement().satisfies(q -> assertThat(q)
                .startsWith("\"We cannot").endsWith("asked for,\""));
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
