package org.quotestance.stance;

import com.google.common.hash.Hashing;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over hashed {@link StanceFeatures}: three weight vectors (FAVOR,
 * AGAINST, NEUTRAL) of {@value #DIMENSIONS} buckets. Immutable and thread-safe once built; the weights
 * that ship in the jar are {@value #RESOURCE}, made by {@code quotestance train-stance}.
 */
public final class LogisticStanceModel implements StanceClassifier {

    /** Where the shipped weights live on the classpath. */
    public static final String RESOURCE = "org/quotestance/stance/stance-model.bin.gz";
    /** Hash buckets per class. */
    public static final int DIMENSIONS = 1 << 18;
    private static final int MAGIC = 0x51535431; // "QST1"

    private final float[][] weights;

    /**
     * A model over {@code weights[class][bucket]}, the classes in {@link StanceLabel} order, taken as they are
     * (not copied: the caller hands them over).
     *
     * @throws IllegalArgumentException unless there are 3 rows of {@value #DIMENSIONS} weights
     */
    public LogisticStanceModel(float[][] weights) {
        if (weights.length != 3 || weights[0].length != DIMENSIONS) {
            throw new IllegalArgumentException("expected 3 x " + DIMENSIONS + " weights");
        }
        this.weights = weights;
    }

    private static final class Holder {
        static final LogisticStanceModel SHIPPED = loadShipped();
    }

    /** The model that ships in the jar, loaded once per JVM. */
    public static LogisticStanceModel shipped() {
        return Holder.SHIPPED;
    }

    private static LogisticStanceModel loadShipped() {
        try (InputStream in = LogisticStanceModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        return StanceProbabilities.softmax(scores(StanceFeatures.extract(input)));
    }

    double[] scores(Map<String, Double> features) {
        double[] s = new double[3];
        for (Map.Entry<String, Double> e : features.entrySet()) {
            int b = bucket(e.getKey());
            for (int c = 0; c < 3; c++) {
                s[c] += weights[c][b] * e.getValue();
            }
        }
        return s;
    }

    /** The hash bucket of a {@link StanceFeatures} feature name. */
    public static int bucket(String feature) {
        return Math.floorMod(Hashing.murmur3_32_fixed().hashString(feature, StandardCharsets.UTF_8).asInt(), DIMENSIONS);
    }

    /** Writes the non-zero weights, gzipped. */
    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(DIMENSIONS);
            int nonZero = 0;
            for (int b = 0; b < DIMENSIONS; b++) {
                if (weights[0][b] != 0 || weights[1][b] != 0 || weights[2][b] != 0) {
                    nonZero++;
                }
            }
            d.writeInt(nonZero);
            for (int b = 0; b < DIMENSIONS; b++) {
                if (weights[0][b] != 0 || weights[1][b] != 0 || weights[2][b] != 0) {
                    d.writeInt(b);
                    for (int c = 0; c < 3; c++) {
                        d.writeFloat(weights[c][b]);
                    }
                }
            }
        }
    }

    /** Reads weights written by {@link #write}. */
    public static LogisticStanceModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
            if (d.readInt() != MAGIC || d.readInt() != DIMENSIONS) {
                throw new IOException("not a QuoteStance stance model of " + DIMENSIONS + " buckets");
            }
            float[][] w = new float[3][DIMENSIONS];
            int n = d.readInt();
            if (n < 0 || n > DIMENSIONS) {
                throw new IOException("corrupt stance model: " + n + " weights");
            }
            for (int k = 0; k < n; k++) {
                int b = d.readInt();
                if (b < 0 || b >= DIMENSIONS) {
                    throw new IOException("corrupt stance model: bucket " + b);
                }
                for (int c = 0; c < 3; c++) {
                    w[c][b] = d.readFloat();
                }
            }
            return new LogisticStanceModel(w);
        }
    }
}
