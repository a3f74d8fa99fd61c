package org.quotestance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.InvalidInputException;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

class SourceSupplementTest {

    @TempDir
    Path dir;

    private static final String TEXT = "“We start Monday,” Okonjo said.\n\n“The crews go east first.”";

    private static GoldCorpus corpus() {
        int second = TEXT.indexOf("“The");
        GoldQuote said = new GoldQuote(new Span(0, 18), QuoteKind.DIRECT, "Okonjo", List.of(), new Span(19, 25),
                MentionCategory.NAME);
        GoldQuote unsourced = new GoldQuote(new Span(second, TEXT.length()), QuoteKind.DIRECT, null, List.of(), null,
                MentionCategory.NO_SPEAKER);
        return new GoldCorpus("test", List.of(new GoldDocument("crews", "annotator 1", TEXT, List.of(said, unsourced))),
                List.of());
    }

    @Test
    void givesASpeakerlessQuoteInsideASuppliedContentThatSpeaker() throws Exception {
        int second = TEXT.indexOf("“The");
        Path file = Files.writeString(dir.resolve("s.jsonl"), "{\"document\": \"crews\", \"content\": {\"start\": "
                + second + ", \"end\": " + TEXT.length() + "}, \"speaker\": \"Ada Okonjo\", \"aliases\": [\"Okonjo\"],"
                + " \"basis\": \"previous-paragraph\"}\n");
        GoldCorpus given = SourceSupplement.read(file).apply(corpus());
        List<GoldQuote> quotes = given.documents().get(0).quotes();
        assertThat(quotes.get(0).speaker()).isEqualTo("Okonjo");
        assertThat(quotes.get(1).speaker()).isEqualTo("Ada Okonjo");
        assertThat(quotes.get(1).aliases()).containsExactly("Okonjo");
        assertThat(quotes.get(1).naming()).isEqualTo(MentionCategory.OUTSIDE_SENTENCE);
        assertThat(given.description()).contains("1 speakerless gold quotes given a speaker");
    }

    @Test
    void aNullSpeakerLeavesTheQuoteWithoutOne() throws Exception {
        Path file = Files.writeString(dir.resolve("s.jsonl"), "{\"document\": \"crews\", \"content\": {\"start\": 0,"
                + " \"end\": " + TEXT.length() + "}, \"speaker\": null, \"aliases\": []}\n");
        assertThat(SourceSupplement.read(file).apply(corpus()).documents().get(0).quotes().get(1).speaker()).isNull();
    }

    @Test
    void aBadLineFailsNamingTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "\n{\"document\": \"crews\"}\n");
        assertThatThrownBy(() -> SourceSupplement.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.jsonl:2");
    }

    @Test
    void aContentThatStartsAfterTheOpeningMarkStillCoversItsQuote() throws Exception {
        int second = TEXT.indexOf("“The");
        Path file = Files.writeString(dir.resolve("s.jsonl"), "{\"document\": \"crews\", \"content\": {\"start\": "
                + (second + 1) + ", \"end\": " + TEXT.length() + "}, \"speaker\": \"Ada Okonjo\", \"aliases\": []}\n");
        assertThat(SourceSupplement.read(file).apply(corpus()).documents().get(0).quotes().get(1).speaker())
                .isEqualTo("Ada Okonjo");
    }

    @Test
    void aFileThatIsNotUtf8FailsNamingIt() throws Exception {
        Path file = Files.write(dir.resolve("latin.jsonl"), new byte[] {'{', (byte) 0xE9, '}', '\n'});
        assertThatThrownBy(() -> SourceSupplement.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("latin.jsonl").hasMessageContaining("not UTF-8");
    }
}
