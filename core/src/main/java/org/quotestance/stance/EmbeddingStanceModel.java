package org.quotestance.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

    /**
     * A model over {@code weights[class][k]}, the classes in {@link StanceLabel} order, each row laid out in
     * blocks of {@code dimensions + 1} (the shared block, then one per domain; see {@link #blockOffsets}),
     * taken as they are (not copied: the caller hands them over).
     *
     * @throws IllegalArgumentException unless there are 3 rows of {@link #weightsPerClass} weights for the
     *                                  encoder's dimensions
     */
    public EmbeddingStanceModel(SentenceEncoder encoder, float[][] weights) {
        int expected = weightsPerClass(encoder.dimensions());
        if (weights.length != 3 || weights[0].length != expected) {
            throw new IllegalArgumentException("expected 3 x " + expected + " weights for " + encoder.dimensions()
                    + " dimensions, got " + weights.length + " x " + (weights.length == 0 ? 0 : weights[0].length));
        }
        this.encoder = encoder;
        this.weights = weights;
    }

    /** The weights per class for an encoder of {@code dimensions}: a block of dimensions + 1 (the bias) per domain and one shared. */
    public static int weightsPerClass(int dimensions) {
        return BLOCKS * (dimensions + 1);
    }

    /**
     * Where, in a row of weights for {@code dimensions}, the two blocks that score an input of {@code domain}
     * start: the shared block and the domain's own.
     */
    public static int[] blockOffsets(int dimensions, StanceInput.Domain domain) {
        int d = dimensions + 1;
        return new int[] {0, (1 + domain.ordinal()) * d};
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

    /** The three classes' scores before the softmax: {@code w} applied to embedding {@code x} of an input in {@code domain}. */
    public static double[] scores(float[][] w, float[] x, StanceInput.Domain domain) {
        double[] s = new double[3];
        for (int off : blockOffsets(x.length, domain)) {
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
