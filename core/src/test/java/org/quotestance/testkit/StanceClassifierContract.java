package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.text.Span;

/**
 * The {@link StanceClassifier} contract, for any implementation: extend this class and return the classifier
 * under test from {@link #classifier()}. A distribution for every input, odd ones included (empty, long, odd
 * characters, mentions at the edges); {@code classifyAll} gives each input's reading in input order; the same
 * readings on several threads.
 */
public abstract class StanceClassifierContract {

    private static final String TARGET = "The harbour bridge should be rebuilt";

    /** The classifier under test; may be the same instance on every call (classifiers are thread-safe). */
    protected abstract StanceClassifier classifier();

    /**
     * How far {@code classifyAll}'s probabilities may be from {@code classify}'s for the same input: 0 for a
     * model that reads each input alone; a batching model whose quantization scales span the batch differs a
     * little.
     */
    protected double batchTolerance() {
        return 0;
    }

    /** Inputs of every kind the contract tries: plain, empty, mentions at the edges, very long, odd characters. */
    protected static List<StanceInput> inputs() {
        List<StanceInput> out = new ArrayList<>();
        String plain = "“We will fight the harbour bridge plan in every court,” the mayor said.";
        int at = plain.indexOf("harbour bridge");
        out.add(new StanceInput(plain, List.of(new Span(at, at + "harbour bridge".length())), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("", List.of(), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("   \n\t ", List.of(), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("bridge", List.of(new Span(0, 6)), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("Bridge plan welcomed", List.of(new Span(0, 6)), "Bridge", StanceInput.Domain.NEWSMTSC));
        out.add(new StanceInput("The council backed it. ".repeat(400), List.of(), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("北京 😀 \u0000\u200b\ufffd <b>&amp;</b> ‘yes’ — “no”", List.of(), TARGET, StanceInput.Domain.NEWS));
        out.add(new StanceInput("Climate change is a hoax.", List.of(new Span(0, 14)), "Climate change is a serious concern",
                StanceInput.Domain.GWSD));
        for (long seed = 1; seed <= 6; seed++) {
            out.add(new StanceInput(RandomText.text(seed, 600), List.of(), TARGET, StanceInput.Domain.NEWS));
        }
        return out;
    }

    @Test
    void givesADistributionForEveryInput() {
        for (StanceInput in : inputs()) {
            StanceProbabilities p = classifier().classify(in);
            assertThat(p.favor() + p.against() + p.neutral()).as(in.text()).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void classifiesAllInInputOrderAsOneByOne() {
        List<StanceInput> inputs = inputs();
        List<StanceProbabilities> together = classifier().classifyAll(inputs);
        assertThat(together).hasSize(inputs.size());
        for (int k = 0; k < inputs.size(); k++) {
            assertClose(together.get(k), classifier().classify(inputs.get(k)), batchTolerance(), inputs.get(k).text());
        }
        List<StanceInput> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        List<StanceProbabilities> back = classifier().classifyAll(reversed);
        for (int k = 0; k < inputs.size(); k++) {
            assertClose(back.get(inputs.size() - 1 - k), together.get(k), batchTolerance(), inputs.get(k).text());
        }
        assertThat(classifier().classifyAll(List.of())).isEmpty();
    }

    @Test
    void givesTheSameReadingsOnSeveralThreads() {
        List<StanceInput> inputs = inputs();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            keys.add(Integer.toString(k));
        }
        ThreadSafety.assertSameResultsOnThreads(keys, k -> classifier().classify(inputs.get(Integer.parseInt(k))), 4, 3);
        ThreadSafety.assertSameResultsOnThreads(List.of("all"), k -> classifier().classifyAll(inputs), 3, 2);
    }

    private static void assertClose(StanceProbabilities a, StanceProbabilities b, double tolerance, String what) {
        assertThat(a.favor()).as(what).isCloseTo(b.favor(), within(tolerance + 1e-9));
        assertThat(a.against()).as(what).isCloseTo(b.against(), within(tolerance + 1e-9));
        assertThat(a.neutral()).as(what).isCloseTo(b.neutral(), within(tolerance + 1e-9));
    }
}
