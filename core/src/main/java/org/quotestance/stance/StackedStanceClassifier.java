package org.quotestance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Several classifiers combined as a weighted product of experts: each class scores the weighted sum of the
 * members' log-probabilities, and a softmax turns the scores into probabilities ({@link StanceProbabilities#pooled},
 * which also pools a speaker's statements). The weights are fitted on
 * dev data by likelihood, so they both weigh the members and calibrate the result (weights that sum to more
 * than 1 sharpen, to less flatten). Each member classifies all inputs in one call. Thread-safe when its
 * members are.
 */
public final class StackedStanceClassifier implements StanceClassifier {

    private final List<StanceClassifier> members;
    private final double[] weights;

    public StackedStanceClassifier(List<StanceClassifier> members, double[] weights) {
        if (members.isEmpty() || members.size() != weights.length) {
            throw new IllegalArgumentException(members.size() + " members but " + weights.length + " weights");
        }
        for (double w : weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weight " + w + " is not zero or more");
            }
        }
        this.members = List.copyOf(members);
        this.weights = weights.clone();
    }

    /**
     * The weights of a stack file ({@code {"members": ["a", "b"], "weights": [1.2, 0.4]}}), checked to name the
     * expected members in the expected order, so that weights are never applied to the wrong models.
     *
     * @throws IOException when it cannot be read, names other members, or holds no array of numbers of their count
     */
    public static double[] readWeights(InputStream json, List<String> members) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> named = new ArrayList<>();
        root.path("members").forEach(m -> named.add(m.asText()));
        if (!named.equals(members)) {
            throw new IOException("the stack file names the members " + named + ", expected " + members);
        }
        JsonNode w = root.path("weights");
        if (!w.isArray() || w.size() != members.size()) {
            throw new IOException("the stack file needs a \"weights\" array of " + members.size() + " numbers");
        }
        double[] out = new double[w.size()];
        for (int k = 0; k < out.length; k++) {
            if (!w.get(k).isNumber()) {
                throw new IOException("weight " + k + " is not a number: " + w.get(k));
            }
            out[k] = w.get(k).asDouble();
        }
        return out;
    }

    public List<StanceClassifier> members() {
        return members;
    }

    public double[] weights() {
        return weights.clone();
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        return classifyAll(List.of(input)).get(0);
    }

    @Override
    public List<StanceProbabilities> classifyAll(List<StanceInput> inputs) {
        return StanceClassifier.readEach(members, inputs).stream().map(each -> combine(each, weights)).toList();
    }

    /** The members' readings of one input combined with the given weights ({@link StanceProbabilities#pooled}). */
    public static StanceProbabilities combine(List<StanceProbabilities> each, double[] weights) {
        return StanceProbabilities.pooled(each, java.util.Arrays.stream(weights).boxed().toList());
    }
}
