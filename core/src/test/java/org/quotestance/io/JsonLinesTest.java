package org.quotestance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void writesAnErrorRecord() throws Exception {
        JsonNode e = MAPPER.readTree(JsonLines.error("x.bin", "x.bin: not a text file"));
        assertThat(e.get("document").asText()).isEqualTo("x.bin");
        assertThat(e.get("error").asText()).contains("not a text file");
    }
}
