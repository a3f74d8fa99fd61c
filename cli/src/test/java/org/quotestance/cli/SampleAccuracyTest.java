package org.quotestance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy gate that needs no external data: the project's own annotated sample articles
 * ({@code eval/samples}) and house-style articles ({@code eval/styles}), scored end to end. The floors sit a
 * little under the numbers in the README.
 */
class SampleAccuracyTest extends CliTest {

    @TempDir
    Path dir;

    /** The QuoteStance scores of {@code evaluate} on the gold file {@code ../eval/<set>/gold.jsonl}. */
    private JsonNode scores(String set, int documents, String... options) throws Exception {
        Path gold = Path.of("..", "eval", set, "gold.jsonl");
        assertThat(gold).exists();
        Path json = dir.resolve(set + options.length + ".json");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("evaluate", gold.toString(), "--json", json.toString()));
        args.addAll(java.util.List.of(options));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        JsonNode scores = new ObjectMapper().readTree(json.toFile()).get("systems").get(0);
        assertThat(scores.get("documents").asInt()).isEqualTo(documents);
        return scores;
    }

    @Test
    void findsAndAttributesTheAnnotatedSampleArticlesAboveTheFloors() throws Exception {
        JsonNode scores = scores("samples", 6);
        assertThat(scores.get("quotesOverlap").get("f1").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(scores.get("endToEnd").get("recall").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.get("endToEnd").get("precision").asDouble()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void findsAndAttributesTheHouseStyleArticlesAboveTheFloors() throws Exception {
        // Wire, British single quotes and features; measured 94.6% end-to-end recall, 93.3% precision (README).
        JsonNode scores = scores("styles", 6);
        assertThat(scores.get("endToEnd").get("recall").asDouble()).isGreaterThanOrEqualTo(0.92);
        assertThat(scores.get("endToEnd").get("precision").asDouble()).isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void namesTheSpeakersOfTheSecondHouseStyleSetAboveTheFloors() throws Exception {
        // Measured 93.3% end-to-end recall, and 87.3% when only the speaker's name counts (README).
        assertThat(scores("styles-2", 8).get("endToEnd").get("recall").asDouble()).isGreaterThanOrEqualTo(0.91);
        assertThat(scores("styles-2", 8, "--by-name").get("endToEnd").get("recall").asDouble()).isGreaterThanOrEqualTo(0.85);
    }
}
