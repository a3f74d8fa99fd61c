package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void rejectsUnknownOptionAsUsageError() {
        assertThat(run("analyze", "--no-such-flag")).isEqualTo(QuoteStanceCli.USAGE);
    }
}
