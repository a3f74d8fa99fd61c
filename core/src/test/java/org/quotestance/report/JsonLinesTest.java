package org.quotestance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.quotestance.topic.Topic;
import org.junit.jupiter.api.Test;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;

class JsonLinesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheOutputContractOnOneLine() throws Exception {
        String text = "Maria Lopez, the mayor, said: “We will rebuild the bridge.”\n\nThe so-called “bridge tax” is unpopular.";
        DocumentAnalysis a = QuoteStance.builder().build().analyze("bridge.txt", text);
        String line = JsonLines.toJson(a);
        assertThat(line).doesNotContain("\n");
        JsonNode root = MAPPER.readTree(line);
        assertThat(root.get("document").asText()).isEqualTo("bridge.txt");
        JsonNode q = root.get("quotes").get(0);
        assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        assertThat(q.get("kind").asText()).isEqualTo("DIRECT");
        assertThat(q.get("speaker").asText()).isEqualTo("Maria Lopez");
        assertThat(q.get("speakerId").asText()).isEqualTo("s1");
        assertThat(q.get("mention").get("text").asText()).isEqualTo("Maria Lopez");
        assertThat(q.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(q.get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode scare = root.get("quotes").get(1);
        assertThat(scare.get("kind").asText()).isEqualTo("SCARE");
        assertThat(scare.get("speaker").isNull()).isTrue();
        JsonNode s = root.get("speakers").get(0);
        assertThat(s.get("id").asText()).isEqualTo("s1");
        assertThat(s.get("type").asText()).isEqualTo("PERSON");
        assertThat(s.get("aliases").isArray()).isTrue();
    }

    @Test
    void writesStatementsWithTheirTopicsAndEachSpeakersStanceWithEvidence() throws Exception {
        String text = "Maria Lopez, the mayor, said: “The bridge tax must go.”\n\nCarl Berg said he would vote for the ferry plan.";
        List<Topic> topics = List.of(Topic.of("bridge", "Bridge", "The bridge tax should stay", "bridge tax"),
                Topic.of("ferry", "Ferry", "The ferry plan should pass", "ferry plan"));
        JsonNode root = MAPPER.readTree(JsonLines.toJson(QuoteStance.builder().topics(topics).build().analyze("t.txt", text)));
        JsonNode statements = root.get("statements");
        assertThat(statements).hasSize(2);
        JsonNode first = statements.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("DIRECT");
        assertThat(first.get("speaker").asText()).isEqualTo("Maria Lopez");
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo(first.get("text").asText());
        assertThat(first.get("topics").get(0).get("topic").asText()).isEqualTo("bridge");
        double sum = 0;
        for (String l : new String[] {"FAVOR", "AGAINST", "NEUTRAL"}) {
            sum += first.get("topics").get(0).get("probabilities").get(l).asDouble();
        }
        assertThat(sum).isBetween(0.99, 1.01);
        assertThat(statements.get(1).get("kind").asText()).isEqualTo("INDIRECT");
        JsonNode stances = root.get("stances");
        assertThat(stances).hasSize(4); // two speakers, two topics: each speaks on one, NONE on the other
        assertThat(stances).filteredOn(st -> st.get("label").asText().equals("NONE")).hasSize(2)
                .allSatisfy(st -> assertThat(st.get("evidence")).isEmpty());
        assertThat(stances).filteredOn(st -> !st.get("label").asText().equals("NONE"))
                .allSatisfy(st -> assertThat(st.get("evidence")).hasSize(1));
    }

    @Test
    void writesAnErrorRecord() throws Exception {
        JsonNode e = MAPPER.readTree(JsonLines.error("x.bin", "x.bin: not a text file"));
        assertThat(e.get("document").asText()).isEqualTo("x.bin");
        assertThat(e.get("error").asText()).contains("not a text file");
    }
}
