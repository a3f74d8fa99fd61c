package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Gender;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.Span;

class TaggedTextTest {

    private static final String LOPEZ = "Lopez/NNP/PERSON said/VBD ,/, “/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/''";

    private static List<String> sentences(TaggedText t) {
        return t.annotated().sentences().stream().map(s -> s.span().textOf(t.text())).toList();
    }

    @Test
    void joinsWordsWithSpacesButNoneBeforePunctuationOrInsideQuoteMarks() {
        assertThat(TaggedText.parse(LOPEZ).text()).isEqualTo("Lopez said, “We will rebuild the bridge.”");
        assertThat(TaggedText.parse("(/( R-Ohio/NNP )/) did/VBD n't/RB go/VB ;/: Harlan/NNP ’s/POS ‘/`` no/UH ’/'' —/: Kim/NNP")
                .text()).isEqualTo("(R-Ohio) didn't go; Harlan’s ‘no’ —Kim");
    }

    @Test
    void opensAndClosesStraightQuotesInTurn() {
        assertThat(TaggedText.parse("He/PRP said/VBD \"/`` no/UH \"/'' and/CC \"/`` yes/UH \"/'' ./.").text())
                .isEqualTo("He said \"no\" and \"yes\".");
    }

    @Test
    void putsEachTokenWhereItsWordStands() {
        TaggedText t = TaggedText.parse(LOPEZ);
        assertThat(t.annotated().tokens()).allSatisfy(tok -> assertThat(tok.span().textOf(t.text())).isEqualTo(tok.word()));
        assertThat(t.spanOf("We")).isEqualTo(new Span(13, 15));
        StageAssertions.assertCleanText(t.text(), t.clean());
        StageAssertions.assertAnnotatedText(t.clean().working(), t.annotated());
    }

    @Test
    void keepsTagsAndEntitiesAndDefaultsTheEntityToO() {
        List<Token> tokens = TaggedText.parse(LOPEZ).annotated().tokens();
        assertThat(tokens.get(0)).extracting(Token::word, Token::tag, Token::entity).containsExactly("Lopez", "NNP", EntityType.PERSON);
        assertThat(tokens.get(1)).extracting(Token::word, Token::tag, Token::entity).containsExactly("said", "VBD", EntityType.NONE);
        assertThat(tokens.get(3)).extracting(Token::tag).isEqualTo("``");
    }

    @Test
    void readsAnEscapedSlashAsPartOfTheWord() {
        TaggedText t = TaggedText.parse("and\\/or/CC 1\\/2/CD back\\\\slash/NN");
        assertThat(t.text()).isEqualTo("and/or 1/2 back\\slash");
        assertThat(t.annotated().tokens()).extracting(Token::word).containsExactly("and/or", "1/2", "back\\slash");
    }

    @Test
    void endsSentencesAfterFinalPunctuationWithTheClosingMarksThatFollow() {
        TaggedText t = TaggedText.parse("“/`` We/PRP win/VBP !/. ”/'' Lopez/NNP said/VBD ./. Why/WRB ?/. Because/IN");
        assertThat(sentences(t)).containsExactly("“We win!”", "Lopez said.", "Why?", "Because");
        AnnotatedText nlp = t.annotated();
        assertThat(nlp.sentences()).extracting(Sentence::firstToken).containsExactly(0, 5, 8, 10);
        assertThat(nlp.tokens()).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3);
    }

    @Test
    void breaksTheSentenceAtTheMarker() {
        TaggedText t = TaggedText.parse("Lopez/NNP spoke/VBD || Kim/NNP listened/VBD");
        assertThat(t.text()).isEqualTo("Lopez spoke Kim listened");
        assertThat(sentences(t)).containsExactly("Lopez spoke", "Kim listened");
    }

    @Test
    void startsAParagraphAtThePilcrow() {
        TaggedText t = TaggedText.parse("Lopez/NNP spoke/VBD ¶ “/`` Enough/RB ”/'' ,/, she/PRP said/VBD ./.");
        assertThat(t.text()).isEqualTo("Lopez spoke\n\n“Enough”, she said.");
        assertThat(t.clean().paragraphs()).hasSize(2);
        assertThat(t.clean().paragraphs().get(1).span().textOf(t.text())).isEqualTo("“Enough”, she said.");
        assertThat(sentences(t)).containsExactly("Lopez spoke", "“Enough”, she said.");
        StageAssertions.assertCleanText(t.text(), t.clean());
    }

    @Test
    void givesNoTokensForEmptyText() {
        TaggedText t = TaggedText.parse("  ");
        assertThat(t.text()).isEmpty();
        assertThat(t.annotated().tokens()).isEmpty();
        assertThat(t.annotated().sentences()).isEmpty();
    }

    @Test
    void rejectsAnItemWithoutATag() {
        assertThatThrownBy(() -> TaggedText.parse("Lopez/NNP said"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<said> is not word/TAG");
        assertThatThrownBy(() -> TaggedText.parse("a/b/c/d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<a/b/c/d>");
    }

    @Test
    void rejectsHtmlResidueTheCleanerWouldBlank() {
        assertThatThrownBy(() -> TaggedText.parse("<p>/XX Lopez/NNP"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the cleaner changes token 0 <<p>>");
    }

    @Test
    void analyzerReturnsTheTagsForItsTextOnly() {
        TaggedText t = TaggedText.parse(LOPEZ);
        assertThat(t.analyzer().analyze(t.clean().working())).isSameAs(t.annotated());
        assertThatThrownBy(() -> t.analyzer().analyze("another text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not <another text>");
    }

    @Test
    void tinyFirstNamesKnowAFewNames() {
        assertThat(TinyFirstNames.common().genderOf("Maria")).isEqualTo(Gender.FEMALE);
        assertThat(TinyFirstNames.common().genderOf("Tom")).isEqualTo(Gender.MALE);
        assertThat(TinyFirstNames.common().genderOf("Zebulon")).isEqualTo(Gender.UNKNOWN);
    }
}
