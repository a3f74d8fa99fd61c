package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest extends CliTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Maria Lopez, the mayor, said: “We will rebuild the bridge by spring.” "
            + "Critics called the plan “a fantasy”. A leaflet read “Save the ferry”.";

    /** One document: two statements by Maria Lopez, and a quote that nobody in the text speaks. */
    private Path gold(String... extraLines) throws Exception {
        int q1 = TEXT.indexOf('“');
        int q2 = TEXT.indexOf("“a fantasy”");
        int q3 = TEXT.indexOf("“Save");
        String line = "{\"document\": \"bridge\", \"text\": \"" + TEXT + "\", \"quotes\": ["
                + "{\"start\": " + q1 + ", \"end\": " + (TEXT.indexOf('”') + 1) + ", \"speaker\": \"Maria Lopez\", \"mention\": {\"start\": 0, \"end\": 11}},"
                + "{\"start\": " + q2 + ", \"end\": " + (q2 + 11) + ", \"kind\": \"PARTIAL\", \"speaker\": \"Critics\"},"
                + "{\"start\": " + q3 + ", \"end\": " + (q3 + 15) + ", \"speaker\": null}]}";
        List<String> lines = new java.util.ArrayList<>(List.of(line));
        lines.addAll(List.of(extraLines));
        return Files.write(dir.resolve("gold.jsonl"), lines);
    }

    @Test
    void scoresAGoldFileAndWritesTheNumbersAsJsonAndEveryMissWithContext() throws Exception {
        Path json = dir.resolve("scores.json");
        Path misses = dir.resolve("misses.txt");
        int code = run("evaluate", gold().toString(), "--json", json.toString(), "--errors", misses.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("QuoteStance").contains("end to end").contains("by how the speaker is named");
        JsonNode scores = new ObjectMapper().readTree(json.toFile()).get("systems").get(0);
        assertThat(scores.get("system").asText()).isEqualTo("QuoteStance");
        assertThat(scores.get("endToEnd").get("gold").asInt()).isEqualTo(3);
        assertThat(scores.get("cost").get("tokens").asLong()).isPositive();
        List<String> missLines = Files.readAllLines(misses);
        assertThat(missLines.get(0)).startsWith("# QuoteStance: ");
        // The leaflet's words are a statement with no speaker in the gold; every miss names its kind and place.
        assertThat(missLines.stream().filter(l -> !l.startsWith(" ") && !l.startsWith("#")))
                .allSatisfy(l -> assertThat(l).matches("(MISSED QUOTE|WRONG SPEAKER|SPURIOUS QUOTE)  bridge @\\d+-\\d+  .*"));
        assertThat(missLines.stream().filter(l -> l.startsWith("    "))).allSatisfy(l -> assertThat(l).contains("[["));
    }

    @Test
    void withoutASieveNoQuoteIsAttributedByItsRule() throws Exception {
        assertThat(run("evaluate", gold().toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("(?m)^  SAME_SENTENCE ");
        out.getBuffer().setLength(0);
        assertThat(run("evaluate", gold().toString(), "--without", "SAME_SENTENCE")).as(err.toString()).isZero();
        int all = org.quotestance.attribution.AttributionSieves.defaults().size();
        assertThat(err.toString()).contains("attribution without [SAME_SENTENCE]: " + (all - 1) + " of " + all + " sieves");
        assertThat(out.toString()).contains("end to end").doesNotContainPattern("(?m)^  SAME_SENTENCE ");
    }

    @Test
    void sourcesGiveTheSpeakerlessGoldQuoteItsSpeakerAndAMissingFileIsAUsageError() throws Exception {
        int leaflet = TEXT.indexOf("A leaflet");
        Path sources = Files.writeString(dir.resolve("sources.jsonl"), "{\"document\": \"bridge\", \"content\": {\"start\": "
                + leaflet + ", \"end\": " + TEXT.length() + "}, \"speaker\": \"Ferry Friends\", \"aliases\": []}\n");
        assertThat(run("evaluate", gold().toString(), "--sources", sources.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 speakerless gold quotes given a speaker");
        assertThat(run("evaluate", gold().toString(), "--sources", dir.resolve("none.jsonl").toString()))
                .isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("none.jsonl: no such file");
    }

    @Test
    void withoutTheHeadlineRuleIsAUsageErrorNamingTheRulesThatHaveSieves() throws Exception {
        assertThat(run("evaluate", gold().toString(), "--without", "HEADLINE_REPEAT")).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("no sieve gives").contains("CONTINUATION");
    }

    @Test
    void namesEachBadGoldLineScoresTheRestAndExitsWithOne() throws Exception {
        Path gold = gold("{\"text\": \"short\", \"quotes\": [{\"start\": 0, \"end\": 99}]}", "not json");
        assertThat(run("evaluate", gold.toString())).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(err.toString()).contains("gold.jsonl:2").contains("after the end of the text")
                .contains("gold.jsonl:3").contains("not valid JSON");
        assertThat(out.toString()).contains("gold " + gold + ": 1 documents");
    }

    @Test
    void failsWhenEndToEndRecallIsBelowTheFloor() throws Exception {
        // Half the gold statements carry no quote marks: no system can find them.
        String text = "Maria Lopez said: “We will rebuild the bridge.” Then she said we will rebuild it soon.";
        int q = text.indexOf('“');
        int plain = text.indexOf("we will rebuild it");
        Path gold = Files.writeString(dir.resolve("half.jsonl"), "{\"text\": \"" + text + "\", \"quotes\": ["
                + "{\"start\": " + q + ", \"end\": " + (text.indexOf('”') + 1) + ", \"speaker\": \"Maria Lopez\"},"
                + "{\"start\": " + plain + ", \"end\": " + (plain + 23) + ", \"speaker\": \"Maria Lopez\"}]}");
        assertThat(run("evaluate", gold.toString(), "--min-end-to-end", "0.6")).isEqualTo(QuoteStanceCli.SOME_FAILED);
        assertThat(err.toString()).contains("end-to-end recall 0.500 is below the floor 0.600");
    }

    @Test
    void rejectsAMissingGoldPathABadFloorAndAnUnwritableOutputAsUsageErrors() throws Exception {
        assertThat(run("evaluate", dir.resolve("none.jsonl").toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("none.jsonl").contains("no such file");
        assertThat(run("evaluate", gold().toString(), "--min-end-to-end", "90")).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("--min-end-to-end must be between 0 and 1");
        assertThat(run("evaluate", gold().toString(), "--json", dir.resolve("no/such/dir/s.json").toString()))
                .isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains("--json").contains("cannot write there");
    }

    @Test
    void aFolderThatIsNotPolnearIsAUsageErrorNamingIt() {
        assertThat(run("evaluate", dir.toString())).isEqualTo(QuoteStanceCli.USAGE);
        assertThat(err.toString()).contains(dir.toString()).contains("not a PolNeAR folder");
    }
}
