package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void analyzesTheSampleArticleWhenGivenNoInput() {
        assertThat(run("analyze")).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString()).contains("\"document\":\"sample-article.txt\"").contains("Kenji Takamura");
    }

    @Test
    void analyzesEveryGoodFileAndNamesEachBadOne() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “We will rebuild the bridge.”");
        Files.write(dir.resolve("b.bin"), new byte[] {1, 2, 0, 3});
        Files.write(dir.resolve("c.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(dir.resolve("d.txt"), new byte[0]);
        int code = run("analyze", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(QuoteStanceCli.SOME_FAILED);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).contains("a.txt").contains("Maria Lopez");
        assertThat(lines[1]).contains("b.bin").contains("\"error\"").contains("not a text file");
        assertThat(lines[2]).contains("c.txt").contains("UTF-8");
        assertThat(lines[3]).contains("d.txt").contains("\"quotes\":[]");
        assertThat(lines[4]).contains("missing.txt").contains("no such file");
        assertThat(err.toString().lines().filter(l -> !l.contains("loading"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).startsWith("quotestance: "));
    }

    @Test
    void keepsErrorRecordsInInputOrderWithTheirFullNames() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Maria Lopez said, “We will rebuild the bridge.”");
        String missing = dir.resolve("no:such.txt").toString();
        assertThat(run("analyze", missing, good.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).contains("\"document\":\"" + missing + "\"").contains("no such file");
        assertThat(lines[1]).contains("good.txt").contains("Maria Lopez");
    }

    @Test
    void skipsFilesOverTheSizeLimitAndSaysHowToRaiseIt() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Maria Lopez said, “Yes.” ".repeat(100));
        Path small = Files.writeString(dir.resolve("small.txt"), "Maria Lopez said, “Yes, we will.”");
        assertThat(run("analyze", "--max-bytes", "500", big.toString(), small.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(out.toString().split("\n")[0]).contains("big.txt").contains("over the limit");
        assertThat(out.toString().split("\n")[1]).contains("small.txt").contains("Maria Lopez");
        assertThat(err.toString()).contains("--max-bytes");
    }

    @Test
    void reportsAnEmptyFolder() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("analyze", empty.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(err.toString()).contains("empty").contains("no files");
    }

    @Test
    void namesAFileThatCannotBeReadAndAnalyzesTheRest() throws Exception {
        // A socket file cannot be read, not even by root; a file without read permission only by others.
        Path socket = dir.resolve("feed.sock");
        try (java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            Path locked = Files.writeString(dir.resolve("locked.txt"), "Maria Lopez said, “No.”");
            Files.setPosixFilePermissions(locked, java.util.Set.of());
            Path good = Files.writeString(dir.resolve("good.txt"), "Maria Lopez said, “We will rebuild the bridge.”");
            int code = run("analyze", "--format", "jsonl", socket.toString(), locked.toString(), good.toString());
            assertThat(code).isEqualTo(QuoteStanceCli.SOME_FAILED);
            String[] lines = out.toString().split("\n");
            assertThat(lines).hasSize(3);
            assertThat(lines[0]).contains("feed.sock").contains("cannot read");
            if (!Files.isReadable(locked)) { // not root
                assertThat(lines[1]).contains("locked.txt").contains("cannot read");
            }
            assertThat(lines[2]).contains("good.txt").contains("Maria Lopez");
            assertThat(err.toString()).contains("feed.sock: cannot read");
        }
    }

    @Test
    void skipsAFiftyMegabyteFileWithoutLosingTheOthers() throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] block = "Maria Lopez said the bridge will open. ".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.io.OutputStream o = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                o.write(block);
            }
        }
        Path small = Files.writeString(dir.resolve("small.txt"), "Maria Lopez said, “Yes, we will.”");
        assertThat(run("analyze", "--format", "jsonl", huge.toString(), small.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).contains("huge.txt").contains("over the limit of 4194304");
        assertThat(lines[1]).contains("small.txt").contains("Maria Lopez");
        assertThat(err.toString()).contains("huge.txt").contains("--max-bytes");
    }

    @Test
    void writesOneTsvRowPerQuoteUnderAHeader() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “We will rebuild the bridge.\tSoon.”\n\nThe “bridge tax” is new.");
        assertThat(run("analyze", "--format", "tsv", a.toString())).as(err.toString()).isZero();
        List<String> rows = out.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo("document\tstart\tend\tkind\tspeaker\tmention\tcue\tconfidence\ttext");
        assertThat(rows).hasSize(3);
        String[] first = rows.get(1).split("\t", -1);
        assertThat(first).hasSize(9);
        assertThat(first[0]).endsWith("a.txt");
        assertThat(first[3]).isEqualTo("DIRECT");
        assertThat(first[4]).isEqualTo("Maria Lopez");
        assertThat(first[6]).isEqualTo("said");
        assertThat(first[8]).isEqualTo("“We will rebuild the bridge.\\tSoon.”"); // the tab inside is escaped
        assertThat(Integer.parseInt(first[2]) - Integer.parseInt(first[1])).isEqualTo(first[8].length() - 1);
        String[] second = rows.get(2).split("\t", -1);
        assertThat(second[3]).isEqualTo("SCARE");
        assertThat(second[4]).isEmpty();
    }

    @Test
    void aTsvRowNamesADocumentThatFailed() throws Exception {
        assertThat(run("analyze", "--format", "tsv", dir.resolve("gone.txt").toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(out.toString().lines().toList().get(1)).contains("gone.txt\t\t\tERROR").contains("no such file");
    }

    @Test
    void theTableGroupsQuotesBySpeaker() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “We will rebuild the bridge.” "
                + "Tom Reyes, the mayor, said, “It is too costly.” “Work starts in May,” Lopez added.");
        assertThat(run("analyze", "--format", "table", a.toString())).as(err.toString()).isZero();
        String table = out.toString();
        assertThat(table).contains("a.txt — 3 quotes, 2 speakers");
        int lopez = table.indexOf("Maria Lopez (Lopez) — 2 quotes");
        int reyes = table.indexOf("Tom Reyes — 1 quote");
        assertThat(lopez).isNotNegative();
        assertThat(reyes).isGreaterThan(lopez);
        assertThat(table.substring(lopez, reyes)).contains("We will rebuild the bridge.").contains("Work starts in May");
    }

    @Test
    void writesOneHtmlPageForTheBatchToStdoutOrAFile() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “We will rebuild the <bridge>.”");
        Path b = Files.writeString(dir.resolve("b.txt"), "Tom Reyes said, “It is too costly.”");
        Path report = dir.resolve("report.html");
        assertThat(run("analyze", "--format", "html", "--html", report.toString(), a.toString(), b.toString()))
                .as(err.toString()).isZero();
        String page = out.toString();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("2 documents, 2 quotes").contains("rebuild the &lt;bridge&gt;.")
                .contains("Tom Reyes");
        assertThat(Files.readString(report)).isEqualTo(page);
        assertThat(err.toString()).contains("report written to " + report);
    }

    @Test
    void refusesAReportPathItCannotWriteBeforeLoadingModels() {
        assertThat(run("analyze", "--html", dir.resolve("no/such/dir/r.html").toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("r.html: cannot write there").doesNotContain("loading");
    }

    @Test
    void aGlobPicksFilesInFoldersAtAnyDepth() throws Exception {
        Files.createDirectories(dir.resolve("world/europe"));
        Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “Yes.”");
        Files.writeString(dir.resolve("world/europe/b.txt"), "Tom Reyes said, “No.”");
        Files.writeString(dir.resolve("world/notes.md"), "Tom Reyes said, “Maybe.”");
        assertThat(run("analyze", "--format", "jsonl", "--glob", "*.txt", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().map(l -> l.substring(0, l.indexOf(".txt") + 4))).hasSize(2)
                .allSatisfy(l -> assertThat(l).endsWith(".txt"));
        out.getBuffer().setLength(0);
        assertThat(run("analyze", "--format", "jsonl", "--glob", "world/**.txt", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l).contains("b.txt"));
        out.getBuffer().setLength(0);
        assertThat(run("analyze", "--glob", "*.pdf", dir.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(err.toString()).contains("no files matching *.pdf");
    }

    @Test
    void aGlobWithADoubleStarAlsoMatchesTheTopAndHiddenFoldersAreSkipped() throws Exception {
        Files.createDirectories(dir.resolve("world"));
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve("a.txt"), "Maria Lopez said, “Yes.”");
        Files.writeString(dir.resolve("world/b.txt"), "Tom Reyes said, “No.”");
        Files.write(dir.resolve(".git/objects/c.txt"), new byte[] {0, 1, 2});
        assertThat(run("analyze", "--format", "jsonl", "--glob", "**/*.txt", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).hasSize(2)
                .satisfiesExactly(l -> assertThat(l).contains("a.txt"), l -> assertThat(l).contains("b.txt"));
    }

    @Test
    void stdinTwiceIsAUsageError() {
        assertThat(run("analyze", "-", "-")).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("only once");
    }

    @Test
    void aBadTopicsFileIsAUsageErrorEvenWhenNoDocumentCanBeRead() throws Exception {
        Path bad = Files.writeString(dir.resolve("topics.json"), "{\"topics\": [}");
        assertThat(run("analyze", "--topics", bad.toString(), dir.resolve("missing.txt").toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("topics.json").doesNotContain("loading");
    }

    @Test
    void drawsTheProgressBarOnStderrAndKeepsStdoutData() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("n" + i + ".txt"), "Maria Lopez said, “Number " + i + ".”");
        }
        assertThat(run("analyze", "--progress", "--format", "jsonl", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"document\":"));
        assertThat(err.toString()).contains("analyzing").contains("3/3");
    }

    @Test
    void everyCommandHasHelpWithExamplesAndTheToolAVersion() {
        for (String command : List.of("analyze", "evaluate", "bench", "train-stance")) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("Usage: quotestance " + command).containsPattern("Examples?[ :(]");
        }
        out.getBuffer().setLength(0);
        assertThat(run("evaluate", "stance", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:");
        out.getBuffer().setLength(0);
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("quotestance \\d+\\.\\d+").containsPattern("Stanford CoreNLP \\d+\\.\\d+");
    }

    @Test
    void rejectsUnknownOptionAsUsageError() {
        assertThat(run("analyze", "--no-such-flag")).isEqualTo(QuoteStanceCli.USAGE);
    }
}
