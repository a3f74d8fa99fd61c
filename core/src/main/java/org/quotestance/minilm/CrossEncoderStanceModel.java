package org.quotestance.minilm;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quotestance.nlp.LoadOnce;
import org.quotestance.nlp.NlpBackendException;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.text.Span;

/**
 * A fine-tuned cross-encoder: e5-small-v2 (12 layers, 384 wide) reading {@code [CLS] target [SEP] statement [SEP]}
 * together, with the target's mentions marked in the statement ({@code <} and {@code >}), and a three-way head
 * (FAVOR, AGAINST, NEUTRAL) over the mean of its token states. Unlike a model of the statement alone, it reads the
 * relation between the statement and the target. The target is the topic's proposition, or for
 * {@link StanceInput.Domain#NEWSMTSC} the mention itself (that set labels sentiment toward an entity).
 *
 * <p>The shipped model is ONNX with 4-bit weights (ONNX Runtime's {@code MatMulNBits}; trained by
 * {@code training/cross-encoder/train.py}, exported and quantized by {@code export.py}), run in-process by ONNX
 * Runtime on the CPU; nothing is downloaded. Its logits are divided by a temperature fitted on the dev sets, so
 * the probabilities are calibrated. Inputs classified together ({@link #classifyAll}) run in batches of similar
 * length; the model computes in float, so an input's probabilities move with the other inputs of its batch only
 * through the padding, by a rounding error, and the same inputs in the same order always give the same result.
 * Thread-safe; load once per JVM ({@link #shipped}).
 */
public final class CrossEncoderStanceModel implements StanceClassifier {

    /** Inputs per ONNX Runtime run; padding grows with it, per-run cost shrinks; set by hand, not measured separately. */
    static final int BATCH_SIZE = 16;
    /**
     * ONNX Runtime threads per run: one, because QuoteStance runs documents in parallel (the CLI's {@code --threads},
     * Spark partitions) and more threads per run would contend with them.
     */
    static final int INTRA_OP_THREADS = 1;
    private static final String RESOURCE = "cross-encoder.onnx";

    private static final LoadOnce<CrossEncoderStanceModel> SHIPPED = new LoadOnce<>("the stance cross-encoder",
            CrossEncoderStanceModel::load);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final int maxLength;
    private final double temperature;
    private final String open;
    private final String close;

    private CrossEncoderStanceModel(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer, JsonNode settings) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.maxLength = settings.path("maxLength").asInt(128);
        this.temperature = settings.path("temperature").asDouble(1.0);
        this.open = settings.path("mentionOpen").asText("<");
        this.close = settings.path("mentionClose").asText(">");
        List<String> labels = new ArrayList<>();
        settings.path("labels").forEach(l -> labels.add(l.asText()));
        if (!labels.equals(List.of("FAVOR", "AGAINST", "NEUTRAL"))) {
            throw new NlpBackendException("the cross-encoder's labels are " + labels + ", expected FAVOR, AGAINST, NEUTRAL");
        }
        if (!(temperature > 0)) {
            throw new NlpBackendException("the cross-encoder's temperature is " + temperature);
        }
    }

    /** The temperature the logits are divided by: fitted on the dev sets for the shipped model. */
    public double temperature() {
        return temperature;
    }

    /**
     * The model that ships in the jar, loaded on first use.
     *
     * @throws NlpBackendException when it cannot be loaded (on every call, naming the first failure)
     */
    public static CrossEncoderStanceModel shipped() {
        return SHIPPED.get();
    }

    private static CrossEncoderStanceModel load() {
        try {
            byte[] model = resource(RESOURCE);
            WordPieceTokenizer tokenizer;
            try (InputStream vocab = CrossEncoderStanceModel.class.getResourceAsStream("vocab.txt")) {
                if (vocab == null) {
                    throw new NlpBackendException("the cross-encoder's vocabulary (vocab.txt) is not on the class path");
                }
                tokenizer = WordPieceTokenizer.read(vocab);
            }
            JsonNode settings = new ObjectMapper().readTree(resource("cross-encoder.json"));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(INTRA_OP_THREADS);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                return new CrossEncoderStanceModel(env, env.createSession(model, options), tokenizer, settings);
            }
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            if (e instanceof NlpBackendException n) {
                throw n;
            }
            throw new NlpBackendException("could not load the stance cross-encoder: " + e, e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CrossEncoderStanceModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NlpBackendException("the cross-encoder's " + name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        return classifyAll(List.of(input)).get(0);
    }

    @Override
    public List<StanceProbabilities> classifyAll(List<StanceInput> inputs) {
        return logitsAll(inputs).stream().map(l -> probabilities(l, temperature)).toList();
    }

    /**
     * The raw (uncalibrated) logits of each input, in input order, in FAVOR, AGAINST, NEUTRAL order; the inputs run
     * in batches of similar length, as {@link #classifyAll} runs them.
     */
    public List<float[]> logitsAll(List<StanceInput> inputs) {
        float[][] out = new float[inputs.size()][];
        List<WordPieceTokenizer.Encoding> encoded = new ArrayList<>(inputs.size());
        for (StanceInput in : inputs) {
            encoded.add(encode(in));
        }
        Integer[] order = new Integer[inputs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> encoded.get(i).ids().length).thenComparingInt(i -> i));
        for (int from = 0; from < order.length; from += BATCH_SIZE) {
            List<Integer> batch = Arrays.asList(order).subList(from, Math.min(order.length, from + BATCH_SIZE));
            float[][] logits = logits(batch.stream().map(encoded::get).toList());
            for (int k = 0; k < batch.size(); k++) {
                out[batch.get(k)] = logits[k];
            }
        }
        return List.of(out);
    }

    /** Logits divided by a temperature, then a softmax: {@code probabilities(l, 1)} is uncalibrated. */
    public static StanceProbabilities probabilities(float[] logits, double temperature) {
        double[] scaled = new double[3];
        for (int c = 0; c < 3; c++) {
            scaled[c] = logits[c] / temperature;
        }
        return StanceProbabilities.softmax(scaled);
    }

    /** The raw (uncalibrated) logits of one batch, in FAVOR, AGAINST, NEUTRAL order. */
    float[][] logits(List<WordPieceTokenizer.Encoding> batch) {
        int width = batch.stream().mapToInt(e -> e.ids().length).max().orElse(0);
        long[][] ids = new long[batch.size()][width];
        long[][] mask = new long[batch.size()][width];
        long[][] types = new long[batch.size()][width];
        for (int r = 0; r < batch.size(); r++) {
            WordPieceTokenizer.Encoding e = batch.get(r);
            for (int j = 0; j < e.ids().length; j++) {
                ids[r][j] = e.ids()[j];
                mask[r][j] = 1;
                types[r][j] = e.typeIds()[j];
            }
        }
        try (OnnxTensor i = OnnxTensor.createTensor(env, ids);
             OnnxTensor m = OnnxTensor.createTensor(env, mask);
             OnnxTensor t = OnnxTensor.createTensor(env, types);
             OrtSession.Result result = session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            return (float[][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new NlpBackendException("the stance cross-encoder failed: " + e, e);
        }
    }

    /** The raw logits of one input, read alone. */
    float[] logits(StanceInput in) {
        return logits(List.of(encode(in)))[0];
    }

    /** What the model reads for one input: the target (or mention), the statement with its mentions marked. */
    WordPieceTokenizer.Encoding encode(StanceInput in) {
        return tokenizer.pair(segmentA(in), marked(in.text(), in.mentions(), open, close), maxLength);
    }

    /** What the model reads as the target: the proposition, or for NewsMTSC the mention's words. */
    static String segmentA(StanceInput in) {
        if (in.domain() == StanceInput.Domain.NEWSMTSC && !in.mentions().isEmpty()) {
            Span m = in.mentions().get(0);
            if (m.end() <= in.text().length()) {
                return in.text().substring(m.start(), m.end());
            }
        }
        return in.target();
    }

    /**
     * The text with each mention wrapped in the marks; a mention that overlaps one marked before it, or runs past
     * the text, is left unmarked.
     */
    static String marked(String text, List<Span> mentions, String open, String close) {
        // By start, then end, as training marked them (training/cross-encoder/data.py).
        List<Span> sorted = mentions.stream().sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
        StringBuilder b = new StringBuilder(text.length() + 4 * sorted.size());
        int at = 0;
        for (Span s : sorted) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            at = s.end();
        }
        return b.append(text, at, text.length()).toString();
    }
}
