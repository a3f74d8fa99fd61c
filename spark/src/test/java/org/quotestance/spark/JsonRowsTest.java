package org.quotestance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quotestance.report.JsonLines;

class JsonRowsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aResultRowWritesBackTheJsonLinesOfItsAnalysis() throws Exception {
        // Every field of the contract, nulls and left-out fields included: a quote without a speaker, roles, triggers.
        String line = String.join("",
                "{\"document\":\"a.txt\",\"quotes\":[{\"start\":5,\"end\":12,\"text\":\"\\\"yes\\\"\",\"kind\":\"DIRECT\",\"closed\":true,\"",
                "speaker\":\"Ann Lee\",\"speakerId\":\"s1\",\"mention\":{\"start\":0,\"end\":3,\"text\":\"Ann\",\"type\":\"NAME\"},\"cue\":{",
                "\"start\":13,\"end\":17,\"text\":\"said\"},\"rule\":\"SAME_SENTENCE_CUE\",\"confidence\":0.93},{\"start\":20,\"end\":3",
                "0,\"text\":\"\\\"maybe\",\"kind\":\"SCARE\",\"closed\":false,\"speaker\":null,\"speakerId\":null,\"mention\":null,\"cu",
                "e\":null,\"rule\":null,\"confidence\":0.0}],\"speakers\":[{\"id\":\"s1\",\"name\":\"Ann Lee\",\"aliases\":[\"Lee\",\"Ann",
                "\"],\"type\":\"PERSON\",\"role\":\"mayor\"},{\"id\":\"s2\",\"name\":\"Bo\",\"aliases\":[],\"type\":\"PERSON\"}],\"statements",
                "\":[{\"start\":6,\"end\":9,\"text\":\"yes\",\"kind\":\"QUOTE\",\"speaker\":null,\"speakerId\":\"s1\",\"cue\":{\"start\":13,",
                "\"end\":17,\"text\":\"said\"},\"confidence\":0.9,\"topics\":[{\"topic\":\"arctic\",\"label\":\"FAVOR\",\"probabilities\"",
                ":{\"FAVOR\":0.7,\"AGAINST\":0.1,\"NEUTRAL\":0.2},\"basis\":\"MODEL\"},{\"topic\":\"ns2\",\"label\":\"AGAINST\",\"probab",
                "ilities\":{\"FAVOR\":0.1,\"AGAINST\":0.8,\"NEUTRAL\":0.1},\"basis\":\"FRAME\",\"trigger\":{\"start\":6,\"end\":9,\"tex",
                "t\":\"yes\"}}]}],\"stances\":[{\"speaker\":\"Ann Lee\",\"speakerId\":\"s1\",\"topic\":\"arctic\",\"label\":\"FAVOR\",\"con",
                "fidence\":0.7,\"probabilities\":{\"FAVOR\":0.7,\"AGAINST\":0.1,\"NEUTRAL\":0.2},\"evidence\":[{\"start\":6,\"end\":",
                "9,\"text\":\"yes\"}]},{\"speaker\":\"Bo\",\"speakerId\":\"s2\",\"topic\":\"arctic\",\"label\":\"NONE\",\"confidence\":0.0,",
                "\"evidence\":[]}]}");
        Row row = JsonRows.toRow((ObjectNode) MAPPER.readTree(line), ResultSchema.RESULT);
        assertThat(QuoteStanceSpark.toJsonLine(row)).isEqualTo(line);
        assertThat(row.getList(2)).hasSize(2);
    }

    @Test
    void anErrorRowWritesTheErrorRecord() {
        Row row = JsonRows.toRow(JsonLines.errorTree("b.bin", "b.bin: not text"), ResultSchema.RESULT);
        assertThat(QuoteStanceSpark.toJsonLine(row)).isEqualTo(JsonLines.error("b.bin", "b.bin: not text"));
        assertThat(row.isNullAt(2)).isTrue();
    }

    @Test
    void aJsonFieldTheSchemaLacksFailsInsteadOfVanishing() throws Exception {
        StructType type = new StructType().add("document", DataTypes.StringType);
        ObjectNode node = (ObjectNode) MAPPER.readTree("{\"document\":\"a\",\"sentiment\":1}");
        assertThatThrownBy(() -> JsonRows.toRow(node, type)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'sentiment'");
    }
}
