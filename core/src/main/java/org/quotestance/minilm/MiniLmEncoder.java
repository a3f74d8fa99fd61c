package org.quotestance.minilm;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.quotestance.nlp.NlpBackendException;
import org.quotestance.stance.SentenceEncoder;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX) from its Maven jar: 384-dimensional sentence embeddings, computed on
 * the CPU in-process; nothing is downloaded. The model loads once per JVM.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private static final class Holder {
        static final MiniLmEncoder SHARED = new MiniLmEncoder();
    }

    private final EmbeddingModel model;

    private MiniLmEncoder() {
        try {
            this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        } catch (RuntimeException | LinkageError e) {
            throw new NlpBackendException("could not load the all-MiniLM-L6-v2 sentence encoder: " + e, e);
        }
    }

    /** The encoder, loaded on first use. */
    public static MiniLmEncoder shared() {
        return Holder.SHARED;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>();
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        try {
            List<float[]> out = new ArrayList<>();
            model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
            return out;
        } catch (RuntimeException e) {
            throw new NlpBackendException("the sentence encoder failed: " + e, e);
        }
    }
}
