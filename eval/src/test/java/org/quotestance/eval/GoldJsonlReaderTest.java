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

class GoldJsonlReaderTest {

    @TempDir
    Path dir;

    private static final String TEXT = "“We will rebuild,” Maria Lopez said. She called it “a duty”. The “green corridor” opens.";

    private GoldCorpus read(String... lines) throws Exception {
        Path gold = Files.write(dir.resolve("gold.jsonl"), java.util.List.of(lines));
        return new GoldJsonlReader().read(gold);
    }

    private static String json(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    @Test
    void readsQuotesWithOffsetsSpeakerAliasesAndMention() throws Exception {
        GoldCorpus corpus = read("{\"document\": \"bridge\", \"text\": " + json(TEXT) + ", \"quotes\": ["
                + "{\"start\": 0, \"end\": 18, \"text\": \"“We will rebuild,”\", \"speaker\": \"Maria Lopez\","
                + " \"aliases\": [\"Lopez\"], \"mention\": {\"start\": 19, \"end\": 30}},"
                + "{\"start\": 51, \"end\": 59, \"kind\": \"partial\", \"speaker\": \"Maria Lopez\", \"mention\": {\"start\": 37, \"end\": 40}},"
                + "{\"start\": 65, \"end\": 81, \"kind\": \"SCARE\", \"speaker\": null}]}");
        assertThat(corpus.problems()).isEmpty();
        GoldDocument doc = corpus.documents().get(0);
        assertThat(doc.name()).isEqualTo("bridge");
        assertThat(doc.quotes()).extracting(GoldQuote::kind)
                .containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.SCARE);
        GoldQuote first = doc.quotes().get(0);
        assertThat(first.names()).containsExactly("Maria Lopez", "Lopez");
        assertThat(first.mention()).isEqualTo(new Span(19, 30));
        assertThat(first.naming()).isEqualTo(MentionCategory.NAME);
        assertThat(doc.quotes().get(1).naming()).isEqualTo(MentionCategory.PRONOUN);
        assertThat(doc.quotes().get(2).isStatement()).isFalse();
    }

    @Test
    void readsTheTextFromAPathRelativeToTheGoldFile() throws Exception {
        Files.createDirectory(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/bridge.txt"), TEXT);
        GoldCorpus corpus = read("{\"path\": \"articles/bridge.txt\", \"quotes\": [{\"start\": 0, \"end\": 18, \"speaker\": \"Maria Lopez\"}]}");
        assertThat(corpus.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("articles/bridge.txt");
            assertThat(d.text()).isEqualTo(TEXT);
            assertThat(d.quotes().get(0).naming()).isEqualTo(MentionCategory.OUTSIDE_SENTENCE);
        });
    }

    @Test
    void skipsEachBadLineNamingFileLineAndFieldAndReadsTheRest() throws Exception {
        String good = "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"speaker\": \"Maria Lopez\"}]}";
        GoldCorpus corpus = read(
                "{\"text\": \"broken\", \"quotes\": [",
                good,
                "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 900, \"speaker\": \"X\"}]}",
                "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"text\": \"“We will\", \"speaker\": \"X\"}]}",
                "{\"path\": \"nowhere.txt\", \"quotes\": []}",
                "",
                "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"who\": \"X\"}]}",
                "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 65, \"end\": 81, \"kind\": \"SCARE\", \"speaker\": \"X\"}]}",
                "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"kind\": \"QUOTE\"}]}");
        assertThat(corpus.documents()).hasSize(1);
        assertThat(corpus.documents().get(0).name()).isEqualTo("line 2");
        assertThat(corpus.problems()).hasSize(7).allSatisfy(p -> assertThat(p).contains("gold.jsonl:").endsWith("document skipped"));
        assertThat(corpus.problems().get(0)).contains("gold.jsonl:1").contains("not valid JSON");
        assertThat(corpus.problems().get(1)).contains("gold.jsonl:3").contains("quotes[0]").contains("\"end\" 900 is after the end of the text");
        assertThat(corpus.problems().get(2)).contains("gold.jsonl:4").contains("differs from the text at 0-18");
        assertThat(corpus.problems().get(3)).contains("gold.jsonl:5").contains("no such file");
        assertThat(corpus.problems().get(4)).contains("gold.jsonl:7").contains("unknown field \"who\"");
        assertThat(corpus.problems().get(5)).contains("gold.jsonl:8").contains("SCARE quote has no speaker");
        assertThat(corpus.problems().get(6)).contains("gold.jsonl:9").contains("\"kind\" must be");
    }

    @Test
    void rejectsBytesThatAreNotUtf8TrailingJsonDuplicatesAndAMentionWithoutASpeakerLineByLine() throws Exception {
        String good = "{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"speaker\": \"Maria Lopez\"}]}";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((good + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', 't', (byte) 0xE9, '"', '}', '\n'});
        bytes.write((good + " {}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(("{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"speaker\": \"X\"},"
                + " {\"start\": 0, \"end\": 18, \"speaker\": \"X\"}]}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(("{\"text\": " + json(TEXT) + ", \"quotes\": [{\"start\": 0, \"end\": 18, \"speaker\": null,"
                + " \"mention\": {\"start\": 19, \"end\": 30}}]}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path gold = Files.write(dir.resolve("gold.jsonl"), bytes.toByteArray());
        GoldCorpus corpus = new GoldJsonlReader().read(gold);
        assertThat(corpus.documents()).hasSize(1);
        assertThat(corpus.problems()).hasSize(4);
        assertThat(corpus.problems().get(0)).contains("gold.jsonl:2").contains("not UTF-8");
        assertThat(corpus.problems().get(1)).contains("gold.jsonl:3").contains("not valid JSON");
        assertThat(corpus.problems().get(2)).contains("gold.jsonl:4").contains("annotated twice");
        assertThat(corpus.problems().get(3)).contains("gold.jsonl:5").contains("\"speaker\" is null");
    }

    @Test
    void aMissingGoldFileIsAnInputError() {
        assertThatThrownBy(() -> new GoldJsonlReader().read(dir.resolve("none.jsonl")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("none.jsonl");
    }

    @Test
    void tellsHowTheSpeakerIsNamedFromTheMentionAndItsSentence() {
        String t = "Lopez spoke first. “We will rebuild,” the mayor said. “Yes,” she said.";
        Span q1 = new Span(19, 37);
        assertThat(MentionCategory.of(t, q1, "Maria Lopez", new Span(38, 47))).isEqualTo(MentionCategory.DESCRIPTION);
        assertThat(MentionCategory.of(t, q1, "Maria Lopez", new Span(0, 5))).isEqualTo(MentionCategory.OUTSIDE_SENTENCE);
        assertThat(MentionCategory.of(t, new Span(54, 60), "Maria Lopez", new Span(61, 64))).isEqualTo(MentionCategory.PRONOUN);
        assertThat(MentionCategory.of(t, q1, null, null)).isEqualTo(MentionCategory.NO_SPEAKER);
        String abbreviated = "Smith, an aide to Sen. J. Doe, said: “No.” Several cast members said: “Yes.”";
        Span no = new Span(abbreviated.indexOf("“No"), abbreviated.indexOf("Several") - 1);
        Span yes = new Span(abbreviated.indexOf("“Yes"), abbreviated.length());
        assertThat(MentionCategory.of(abbreviated, no, "Smith", new Span(0, 5))).isEqualTo(MentionCategory.NAME);
        assertThat(MentionCategory.of(abbreviated, yes, "cast", new Span(abbreviated.indexOf("Several"),
                abbreviated.indexOf(" said: “Yes")))).isEqualTo(MentionCategory.DESCRIPTION);
    }
}
