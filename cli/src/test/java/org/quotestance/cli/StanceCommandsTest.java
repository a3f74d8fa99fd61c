package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceCommandsTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void scoresNewsMtscRowsAndWritesOnePredictionPerRowInInputOrder() throws Exception {
        Path file = Files.write(dir.resolve("dev.jsonl"), List.of(
                "{\"primary_gid\": \"a\", \"sentence_normalized\": \"Critics praised Mayor Lind for her brave decision.\","
                        + " \"targets\": [{\"Input.gid\": \"a\", \"from\": 22, \"to\": 26, \"mention\": \"Lind\", \"polarity\": 6.0}]}",
                "{\"primary_gid\": \"b\", \"sentence_normalized\": \"Lind was attacked for the failed, costly plan.\","
                        + " \"targets\": [{\"Input.gid\": \"b\", \"from\": 0, \"to\": 4, \"mention\": \"Lind\", \"polarity\": 2.0}]}",
                "{\"primary_gid\": \"c\", \"sentence_normalized\": \"Lind will speak with Berg on Tuesday.\","
                        + " \"targets\": [{\"Input.gid\": \"c\", \"from\": 0, \"to\": 4, \"mention\": \"Lind\", \"polarity\": 4.0},"
                        + " {\"Input.gid\": \"d\", \"from\": 21, \"to\": 25, \"mention\": \"Berg\", \"polarity\": 4.0}]}"));
        Path predictions = dir.resolve("p.jsonl");
        int code = run("evaluate", "stance", "--format", "newsmtsc", file.toString(), "--predictions", predictions.toString(),
                "--lexicons", dir.resolve("none").toString());
        assertThat(code).as(err.toString()).isZero();
        // Every target is an item, as NewsMTSC's own code scores it: the third line has two.
        assertThat(out.toString()).contains("4 items").contains("lexicon only").contains("skipped");
        // FAVOR and AGAINST once, NEUTRAL twice: the majority class is right on half.
        assertThat(out.toString().lines().filter(l -> l.startsWith("majority class")))
                .singleElement().satisfies(l -> assertThat(l).contains("50.0%"));
        assertThat(out.toString().lines().filter(l -> l.startsWith("QuoteStance: stacked, with frames")))
                .singleElement().satisfies(l -> assertThat(l).matches(".*\\d+\\.\\d%\\s+\\d+\\.\\d\\s+\\d\\.\\d{3}"));
        // "praised Mayor Lind" is the one explicit frame, and it is right.
        assertThat(out.toString()).contains("explicit frames found in 1 items (25.0%); their label is right for 100.0% of them");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(4);
        List<String> ids = List.of("a", "b", "c", "d");
        for (int k = 0; k < 4; k++) {
            assertThat(lines.get(k)).startsWith("{\"index\":" + k + ",\"id\":\"" + ids.get(k) + "\",\"label\":\"")
                    .contains("\"probabilities\":{\"FAVOR\":");
        }
    }

    @Test
    void scoresOwnExamplesAndCountsTheFramesAndHowManyAreRight() throws Exception {
        Path file = Files.write(dir.resolve("own.jsonl"), List.of(
                "{\"text\": \"The council voted to oppose the harbour bridge.\", \"target\": \"The harbour bridge should be built\","
                        + " \"label\": \"AGAINST\", \"mention\": \"the harbour bridge\"}",
                "{\"text\": \"Shop owners said they support the harbour bridge.\", \"target\": \"The harbour bridge should be built\","
                        + " \"label\": \"AGAINST\", \"mention\": \"the harbour bridge\"}",
                "{\"text\": \"The harbour bridge will be discussed on Friday.\", \"target\": \"The harbour bridge should be built\","
                        + " \"label\": \"NEUTRAL\", \"mention\": \"The harbour bridge\"}"));
        int code = run("evaluate", "stance", "--format", "own", file.toString(), "--lexicons", dir.resolve("none").toString());
        assertThat(code).as(err.toString()).isZero();
        // Two frames: "oppose" (right) and "support" (the second row's label says AGAINST, so wrong).
        assertThat(out.toString()).contains("3 items")
                .contains("explicit frames found in 2 items (66.7%); their label is right for 50.0% of them");
    }

    @Test
    void scoresTheTestSplitOfIbmClaimStanceOverItsTwoLabelsAndSaysWhichRecordsItSkipped() throws Exception {
        Path file = Files.write(dir.resolve("claims.csv"), List.of(
                "\"topicId,\"\"split\"\",\"\"topicText\"\",\"\"claims.claimId\"\",\"\"claims.stance\"\",\"\"claims.claimCorrectedText\"\",\"\"claims.claimTarget.text\"\"\";;;;",
                "\"1,\"\"train\"\",\"\"This house would build the tram\"\",\"\"1\"\",\"\"PRO\"\",\"\"The tram would cut traffic\"\",\"\"The tram\"\"\";;;;",
                "\"2,\"\"test\"\",\"\"This house would close the mine\"\",\"\"2\"\",\"\"CON\"\",\"\"The mine employs half the town\"\",\"\"The mine\"\"\";;;;",
                "\"2,\"\"test\"\",\"\"This house would close the mine\"\",\"\"3\"\",\"\"PRO\"\",\"\"The mine poisons the river\"\",\"\"The mine\"\"\";;;;",
                "\"3,\"\"test\"\",\"\"broken"));
        int code = run("evaluate", "stance", "--format", "ibm", "--split", "test", file.toString(),
                "--lexicons", dir.resolve("none").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 broken records skipped").contains("claims.csv:5")
                .contains("(test): 2 items, {FAVOR=1, AGAINST=1}");
        // One of two right, and the majority class's F1 averaged over FAVOR and AGAINST only: (2/3 + 0) / 2.
        assertThat(out.toString().lines().filter(l -> l.startsWith("majority class")))
                .singleElement().satisfies(l -> assertThat(l).contains("50.0%").contains("33.3"));
        assertThat(run("evaluate", "stance", "--format", "ibm", "--split", "dev", file.toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("--split dev does not apply to ibm");
        out.getBuffer().setLength(0);
        assertThat(run("evaluate", "stance", "--format", "ibm", "--stack-weights", "0.80,0.55", file.toString(),
                "--lexicons", dir.resolve("none").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("stacked (0.80 cross-encoder, 0.55 linear), with frames")
                .doesNotContain("QuoteStance: stacked");
        assertThat(run("evaluate", "stance", "--format", "ibm", "--stack-weights", "1", file.toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("--stack-weights needs two weights");
    }

    @Test
    void namesTheFileAndLineOfABadRow() throws Exception {
        Path file = Files.write(dir.resolve("dev.jsonl"), List.of(
                "{\"primary_gid\": \"a\", \"sentence_normalized\": \"Lind spoke.\", \"targets\": [{\"from\": 0, \"to\": 4, \"polarity\": 5.0}]}"));
        assertThat(run("evaluate", "stance", "--format", "newsmtsc", file.toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("dev.jsonl:1").contains("polarity");
    }

    @Test
    void analyzesWithTheUsersTopicsAndRejectsABadTopicFileNamingFileLineAndField() throws Exception {
        Path topics = Files.writeString(dir.resolve("topics.json"), "{\"topics\": [{\"id\": \"bridge\", \"label\": \"Bridge\","
                + " \"target\": \"The bridge should be rebuilt\", \"aliases\": [\"bridge\"]}]}");
        Path article = Files.writeString(dir.resolve("a.txt"),
                "Mayor Ana Lind said on Monday that she strongly supports rebuilding the bridge. \"We need the bridge,\" Lind said.\n");
        assertThat(run("analyze", "--topics", topics.toString(), article.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"statements\":[").contains("\"topic\":\"bridge\"").contains("\"stances\":[{\"speaker\":\"Ana Lind\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"topics\": [\n {\"id\": \"bridge\", \"label\": \"Bridge\",\n \"aliases\": [\"bridge\"]}]}");
        assertThat(run("analyze", "--topics", bad.toString(), article.toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains(bad + ":2: topics[0]: field \"target\" is missing");
    }
}
