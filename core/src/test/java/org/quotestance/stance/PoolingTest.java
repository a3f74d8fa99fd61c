package org.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Log-linear pooling of a speaker's statements, and the stack of models built on it. */
class PoolingTest {

    private static final StanceProbabilities LEANS_FAVOR = new StanceProbabilities(0.7, 0.2, 0.1);
    private static final StanceProbabilities LEANS_AGAINST = new StanceProbabilities(0.2, 0.7, 0.1);

    @Test
    void statementsThatAgreeMakeTheStanceSurerThanEitherAlone() {
        StanceProbabilities both = StanceProbabilities.pooled(List.of(LEANS_FAVOR, LEANS_FAVOR), List.of(1.0, 1.0));
        assertThat(both.label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(both.favor()).isGreaterThan(0.85);
    }

    @Test
    void oneStatementAtWeightOneIsItselfAndAtWeightZeroTellsNothing() {
        StanceProbabilities one = StanceProbabilities.pooled(List.of(LEANS_FAVOR), List.of(1.0));
        assertThat(one.favor()).isCloseTo(0.7, within(1e-9));
        StanceProbabilities none = StanceProbabilities.pooled(List.of(LEANS_FAVOR), List.of(0.0));
        assertThat(none.favor()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void statementsThatDisagreeGoToTheWeightierOne() {
        StanceProbabilities p = StanceProbabilities.pooled(List.of(LEANS_FAVOR, LEANS_AGAINST), List.of(0.5, 2.0));
        assertThat(p.label()).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void aCertainStatementDoesNotVetoTheOthers() {
        StanceProbabilities certain = new StanceProbabilities(1, 0, 0);
        StanceProbabilities p = StanceProbabilities.pooled(List.of(certain, LEANS_AGAINST, LEANS_AGAINST, LEANS_AGAINST),
                List.of(1.0, 1.0, 1.0, 1.0));
        assertThat(p.against()).isPositive();
    }

    @Test
    void rejectsMismatchedWeights() {
        assertThatThrownBy(() -> StanceProbabilities.pooled(List.of(LEANS_FAVOR), List.of(1.0, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StackedStanceClassifier(List.of(in -> LEANS_FAVOR), new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stacksMembersByTheirWeights() {
        StackedStanceClassifier stack = new StackedStanceClassifier(List.of(in -> LEANS_FAVOR, in -> LEANS_AGAINST),
                new double[] {2, 0.5});
        StanceInput in = new StanceInput("x", List.of(), "The bridge should be rebuilt", StanceInput.Domain.NEWS);
        assertThat(stack.classify(in).label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(stack.classifyAll(List.of(in, in))).hasSize(2).allSatisfy(p -> assertThat(p.label()).isEqualTo(StanceLabel.FAVOR));
    }

    @Test
    void readsStackWeightsAndNamesABadFile() throws IOException {
        List<String> members = List.of("a", "b");
        assertThat(StackedStanceClassifier.readWeights(stream("{\"members\": [\"a\", \"b\"], \"weights\": [0.75, 0.5]}"), members))
                .containsExactly(0.75, 0.5);
        assertThatThrownBy(() -> StackedStanceClassifier.readWeights(stream("{\"members\": [\"b\", \"a\"], \"weights\": [1, 2]}"), members))
                .isInstanceOf(IOException.class).hasMessageContaining("expected [a, b]");
        assertThatThrownBy(() -> StackedStanceClassifier.readWeights(stream("{\"members\": [\"a\", \"b\"], \"weights\": [1]}"), members))
                .isInstanceOf(IOException.class).hasMessageContaining("2 numbers");
        assertThatThrownBy(() -> StackedStanceClassifier.readWeights(stream("{\"members\": [\"a\", \"b\"], \"weights\": [\"x\", 1]}"), members))
                .isInstanceOf(IOException.class).hasMessageContaining("not a number");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
