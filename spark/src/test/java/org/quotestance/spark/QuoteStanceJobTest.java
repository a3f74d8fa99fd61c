package org.quotestance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.QuoteStance;
import org.quotestance.io.DocumentReader;
import org.quotestance.report.JsonLines;
import picocli.CommandLine;

class QuoteStanceJobTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFolderOfTextFilesGivesTheLinesOfTheCommandLine(@TempDir Path dir) throws Exception {
        LocalSpark.session(); // the job reuses the tests' session (and leaves it open)
        Path news = Files.createDirectories(dir.resolve("news/world"));
        Map<String, String> own = Articles.own();
        int k = 0;
        for (Map.Entry<String, String> a : own.entrySet()) {
            if (k++ < 6) {
                Files.writeString(news.resolve(Path.of(a.getKey()).getFileName()), a.getValue(), StandardCharsets.UTF_8);
            }
        }
        Files.write(dir.resolve("news/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 'J', 'F', 'I', 'F'});
        // Names Hadoop does not escape, and a file over --max-bytes, which is never read
        Files.writeString(dir.resolve("news/a b.txt"), "\"We agree,\" Kim said.");
        Files.writeString(dir.resolve("news/100%.txt"), "\"We disagree,\" Ortiz said.");
        Files.writeString(dir.resolve("news/long.txt"), "\"Again,\" Kim said. ".repeat(2_000));
        Path out = dir.resolve("out");
        String input = dir.resolve("news").toString();
        CommandLine job = QuoteStanceJob.commandLine();
        StringWriter err = new StringWriter();
        job.setErr(new PrintWriter(err));
        int code = job.execute(input, out.toString(), "--partitions", "3", "--max-bytes", "20000");
        assertThat(code).as("two error rows").isEqualTo(1);
        assertThat(err.toString()).contains("quotestance-spark: 10 articles, ").contains(" quotes, 2 errors; jsonl written to " + out);
        assertThat(QuoteStanceJob.commandLine().execute(input, out.toString())).as("output exists").isEqualTo(2);
        assertThat(QuoteStanceJob.commandLine().execute(dir.resolve("nothing").toString(), dir.resolve("o2").toString()))
                .as("no input").isEqualTo(2);

        Map<String, String> lines = new HashMap<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    lines.put(MAPPER.readTree(line).get("document").asText(), line);
                }
            }
        }
        // As `quotestance analyze news/` reads and names them: the folder as given, then the path below it.
        QuoteStance single = QuoteStance.builder().build();
        DocumentReader reader = DocumentReader.defaults();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("news"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(files.stream().map(Path::toString).toList());
        for (Path f : files) {
            String name = f.toString();
            if (name.endsWith(".jpg")) {
                JsonNode error = MAPPER.readTree(lines.get(name));
                assertThat(error.get("error").asText()).startsWith(name + ": not a text file (binary content at byte 2)");
            } else if (name.endsWith("long.txt")) {
                assertThat(MAPPER.readTree(lines.get(name)).get("error").asText())
                        .isEqualTo(name + ": " + Files.size(f) + " bytes is over the limit of 20000 bytes"
                                + " (quotestance analyze --max-bytes raises it)");
            } else {
                assertThat(lines.get(name)).isEqualTo(JsonLines.toJson(single.analyze(name, reader.read(f))));
            }
        }
    }

    @Test
    void readsJsonLinesAndWritesParquetWithTheIdAndTheResultStruct(@TempDir Path dir) throws Exception {
        SparkSession spark = LocalSpark.session();
        Path in = dir.resolve("articles.jsonl");
        List<String> lines = List.of(
                "{\"url\": 101, \"body\": \"\\\"We are ready,\\\" the mayor, Ann Lee, said.\", \"section\": \"city\"}",
                "{\"url\": 102, \"body\": null}",
                "{\"url\": 103, \"body\": \"Nothing was said.\"}");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        int code = QuoteStanceJob.commandLine().execute("--id-field", "url", "--text-field", "body",
                "--output-format", "parquet", in.toString(), out.toString());
        assertThat(code).as("the null body is an error row").isEqualTo(1);
        Map<String, org.apache.spark.sql.Row> results = new HashMap<>();
        for (org.apache.spark.sql.Row r : spark.read().parquet(out.toString()).collectAsList()) {
            results.put(r.getAs("url"), r.getAs("quotestance"));
        }
        assertThat(spark.read().parquet(out.toString()).schema().fieldNames()).containsExactly("url", "quotestance");
        assertThat(results.get("101").getList(2)).hasSize(1);
        assertThat(results.get("102").getString(1)).isEqualTo("102: no text (null)");
        assertThat(results.get("103").getList(2)).isEmpty();
    }
}
