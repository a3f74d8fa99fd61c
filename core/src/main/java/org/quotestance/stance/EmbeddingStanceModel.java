package org.quotestance.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over a statement's sentence embedding, with the embedding copied once
 * shared and once per domain (as {@link StanceFeatures} does for n-grams). Immutable and thread-safe; the
 * shipped weights are {@value #RESOURCE}, made by {@code quotestance train-stance}.
 */
public final class EmbeddingStanceModel implements StanceClassifier {

    /** Where the shipped weights live on the classpath. */
    public static final String RESOURCE = "org/quotestance/stance/stance-embedding.bin.gz";
    private static final int MAGIC = 0x51534531; // "QSE1"
    private static final int BLOCKS = 1 + StanceInput.Domain.values().length;

    private final SentenceEncoder encoder;
    private final float[][] weights; // [class][block * (dims + 1) + k], k == dims the bias

    EmbeddingStanceModel(SentenceEncoder encoder, float[][] weights) {
        this.encoder = encoder;
        this.weights = weights;
    }

    /** The shipped weights on {@code encoder}, which must be the encoder they were trained with. */
    public static EmbeddingStanceModel shipped(SentenceEncoder encoder) {
        try (InputStream in = EmbeddingStanceModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(encoder, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        return classify(input, encoder.encode(List.of(input.text())).get(0));
    }

    StanceProbabilities classify(StanceInput input, float[] x) {
        return StanceProbabilities.softmax(scores(weights, x, input.domain()));
    }

    private static double[] scores(float[][] w, float[] x, StanceInput.Domain domain) {
        int d = x.length + 1;
        double[] s = new double[3];
        for (int block : new int[] {0, 1 + domain.ordinal()}) {
            int off = block * d;
            for (int c = 0; c < 3; c++) {
                double v = w[c][off + x.length];
                for (int k = 0; k < x.length; k++) {
                    v += w[c][off + k] * x[k];
                }
                s[c] += v;
            }
        }
        return s;
    }

    /**
     * Trains by plain SGD with L2, labels weighted inversely to their frequency within their domain and
     * small domains repeated so each domain counts equally. Deterministic for a given seed.
     */
    public static EmbeddingStanceModel train(SentenceEncoder encoder, List<LabeledStance> data, List<float[]> vectors,
                                             int epochs, double rate, double l2, long seed) {
        int dims = encoder.dimensions();
        float[][] w = new float[3][BLOCKS * (dims + 1)];
        DomainBalance balance = new DomainBalance(data);
        List<Integer> order = balance.visits();
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                LabeledStance ex = data.get(i);
                float[] x = vectors.get(i);
                double weight = balance.weight(ex);
                StanceProbabilities p = StanceProbabilities.softmax(scores(w, x, ex.input().domain()));
                for (int y = 0; y < 3; y++) {
                    double g = weight * (p.get(StanceLabel.values()[y]) - (y == ex.label().ordinal() ? 1 : 0));
                    for (int block : new int[] {0, 1 + ex.input().domain().ordinal()}) {
                        int off = block * (dims + 1);
                        for (int k = 0; k < dims; k++) {
                            w[y][off + k] -= (float) (rate * (g * x[k] + l2 * w[y][off + k]));
                        }
                        w[y][off + dims] -= (float) (rate * g);
                    }
                }
            }
        }
        return new EmbeddingStanceModel(encoder, w);
    }

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(weights[0].length);
            for (float[] row : weights) {
                for (float v : row) {
                    d.writeFloat(v);
                }
            }
        }
    }

    public static EmbeddingStanceModel read(SentenceEncoder encoder, InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
            int length = d.readInt() == MAGIC ? d.readInt() : -1;
            if (length != BLOCKS * (encoder.dimensions() + 1)) {
                throw new IOException("not a QuoteStance embedding stance model for " + encoder.dimensions() + " dimensions");
            }
            float[][] w = new float[3][length];
            for (float[] row : w) {
                for (int k = 0; k < length; k++) {
                    row[k] = d.readFloat();
                }
            }
            return new EmbeddingStanceModel(encoder, w);
        }
    }
}
