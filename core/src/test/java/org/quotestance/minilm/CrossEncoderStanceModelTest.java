package org.quotestance.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.text.Span;

/** The shipped cross-encoder loads, reads what its training exported, and gets plain statements of our own right. */
class CrossEncoderStanceModelTest {

    /**
     * How far, on average, the 4-bit model's logits may be from the float model's: measured 0.10 on the parity
     * statements, where a broken export or head would be off by whole units.
     */
    private static final double QUANTIZED_MEAN_LOGIT_TOLERANCE = 0.3;

    private static final String BRIDGE = "The harbour bridge should be rebuilt";

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said she opposes rebuilding the harbour bridge and will vote against the plan.               | harbour bridge | The harbour bridge should be rebuilt | AGAINST
            “Rebuilding the harbour bridge will bring jobs and it should start this year,” the minister said.     | harbour bridge | The harbour bridge should be rebuilt | FAVOR
            The harbour bridge was closed for two hours on Tuesday for an inspection, officials said.              | harbour bridge | The harbour bridge should be rebuilt | NEUTRAL
            Sea levels driven by global warming threaten millions of coastal homes, the scientists warned.          | global warming | Climate change is a serious concern  | FAVOR
            “The so-called climate emergency is a hoax invented to raise taxes,” the senator said.                  | climate        | Climate change is a serious concern  | AGAINST
            """)
    void classifiesPlainStatementsOfOurOwn(String text, String mention, String target, StanceLabel expected) {
        int at = text.indexOf(mention);
        StanceInput in = new StanceInput(text, List.of(new Span(at, at + mention.length())), target,
                target.startsWith("Climate") ? StanceInput.Domain.GWSD : StanceInput.Domain.NEWS);
        assertThat(CrossEncoderStanceModel.shipped().classify(in).label()).isEqualTo(expected);
    }

    @Test
    void readsTheTargetMentionForNewsMtsc() {
        String text = "Critics accused Halvorsen of lying to parliament about the fishing deal.";
        int at = text.indexOf("Halvorsen");
        StanceInput in = new StanceInput(text, List.of(new Span(at, at + 9)), "Halvorsen is viewed positively",
                StanceInput.Domain.NEWSMTSC);
        assertThat(CrossEncoderStanceModel.segmentA(in)).isEqualTo("Halvorsen");
        assertThat(CrossEncoderStanceModel.shipped().classify(in).label()).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void marksMentionsAndSkipsOverlaps() {
        assertThat(CrossEncoderStanceModel.marked("the Nord Stream 2 pipeline", List.of(new Span(4, 17), new Span(9, 15)), "<", ">"))
                .isEqualTo("the <Nord Stream 2> pipeline");
        assertThat(CrossEncoderStanceModel.marked("ab", List.of(), "<", ">")).isEqualTo("ab");
    }

    @Test
    void tokenizesAndScoresAsTheTrainingExportDid() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("cross-encoder-parity.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                cases.add(mapper.readTree(line));
            }
        }
        assertThat(cases).isNotEmpty();
        CrossEncoderStanceModel model = CrossEncoderStanceModel.shipped();
        double deviation = 0;
        int labelsDiffer = 0;
        for (JsonNode c : cases) {
            String text = c.get("text").asText();
            Span mention = new Span(c.get("mention").get(0).asInt(), c.get("mention").get(1).asInt());
            StanceInput in = new StanceInput(text, List.of(mention), c.get("target").asText(), StanceInput.Domain.NEWS);
            WordPieceTokenizer.Encoding e = model.encode(in);
            assertThat(e.ids()).as(text).containsExactly(ints(c.get("ids")));
            assertThat(e.typeIds()).as(text).containsExactly(ints(c.get("typeIds")));
            float[] logits = model.logits(in);
            int top = 0;
            int floatTop = 0;
            for (int k = 0; k < 3; k++) {
                double f = c.get("floatLogits").get(k).asDouble();
                deviation += Math.abs(logits[k] - f) / (3.0 * cases.size());
                top = logits[k] > logits[top] ? k : top;
                floatTop = f > c.get("floatLogits").get(floatTop).asDouble() ? k : floatTop;
            }
            labelsDiffer += top == floatTop ? 0 : 1;
        }
        assertThat(deviation).as("mean |4-bit - float| logit").isLessThan(QUANTIZED_MEAN_LOGIT_TOLERANCE);
        assertThat(labelsDiffer).as("statements whose 4-bit label differs from the float one").isLessThanOrEqualTo(1);
    }

    @Test
    void calibratesByTemperatureWithoutChangingTheLabel() {
        CrossEncoderStanceModel model = CrossEncoderStanceModel.shipped();
        StanceInput in = new StanceInput("“We oppose rebuilding the bridge,” she said.", List.of(), BRIDGE, StanceInput.Domain.NEWS);
        StanceProbabilities raw = CrossEncoderStanceModel.probabilities(model.logits(in), 1);
        StanceProbabilities calibrated = model.classify(in);
        assertThat(calibrated.label()).isEqualTo(raw.label());
        assertThat(model.temperature()).isPositive();
        if (model.temperature() > 1) {
            assertThat(calibrated.get(raw.label())).isLessThan(raw.get(raw.label()));
        }
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).asInt();
        }
        return out;
    }
}
