package org.quotestance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.QuoteStance;

class BatchToJsonLinesTest {

    /** One pipeline for every test, as the example uses one for every document. */
    private static final QuoteStance QUOTE_STANCE = QuoteStance.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @BeforeEach
    void writeArticles() throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("a.txt"), "\"We will open the new bridge in May,\" said Mayor Ana Lopes.\n");
        Files.writeString(folder.resolve("b/second.txt"), "\"The budget is balanced,\" Treasurer Omar Haddad told reporters.\n");
        Files.writeString(folder.resolve("b/notes.md"), "\"Not a txt file,\" said Nobody.\n");
    }

    @Test
    void writesOneLinePerTextFileInPathOrderAndAnErrorRecordForEachUnreadableOne() throws IOException {
        Files.write(folder.resolve("b/scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Files.write(folder.resolve("latin1.txt"), "caf\u00e9 \"ol\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int failed = BatchToJsonLines.writeJsonLines(QUOTE_STANCE, folder, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = parse(buffer.toString(StandardCharsets.UTF_8));
        assertThat(failed).isEqualTo(2);
        assertThat(lines).extracting(l -> l.get("document").asText())
                .containsExactly("a.txt", "b/scan.txt", "b/second.txt", "latin1.txt");
        assertThat(lines.get(0).get("quotes").get(0).get("speaker").asText()).isEqualTo("Ana Lopes");
        assertThat(lines.get(1).get("error").asText()).contains("scan.txt").contains("not a text file");
        assertThat(lines.get(2).get("quotes").get(0).get("speaker").asText()).isEqualTo("Omar Haddad");
        assertThat(lines.get(3).get("error").asText()).contains("latin1.txt").contains("not valid UTF-8");
        assertThat(lines.get(3).has("quotes")).isFalse();
    }

    @Test
    void mainWritesTheJsonLinesFileGivenAsSecondArgument(@TempDir Path out) throws IOException {
        Path jsonl = out.resolve("news.jsonl");

        BatchToJsonLines.main(new String[] {folder.toString(), jsonl.toString()});

        List<JsonNode> lines = parse(Files.readString(jsonl, StandardCharsets.UTF_8));
        assertThat(lines).extracting(l -> l.get("document").asText()).containsExactly("a.txt", "b/second.txt");
        assertThat(lines).allSatisfy(l -> assertThat(l.has("error")).isFalse());
        assertThat(lines.get(1).get("speakers").get(0).get("name").asText()).isEqualTo("Omar Haddad");
    }

    private static List<JsonNode> parse(String jsonLines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
