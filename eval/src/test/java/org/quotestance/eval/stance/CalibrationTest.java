package org.quotestance.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;

/** The stack fit and its cross-validation. */
class CalibrationTest {

    private static final StanceLabel[] LABELS = StanceLabel.values();

    /** A member that leans to the gold label, and one that leans to the label after it (always wrong). */
    private static List<List<StanceProbabilities>> readings(List<StanceLabel> gold) {
        List<List<StanceProbabilities>> out = new ArrayList<>();
        for (StanceLabel g : gold) {
            out.add(List.of(leaning(g, 0.6), leaning(LABELS[(g.ordinal() + 1) % 3], 0.9)));
        }
        return out;
    }

    private static StanceProbabilities leaning(StanceLabel to, double p) {
        double rest = (1 - p) / 2;
        return new StanceProbabilities(to == StanceLabel.FAVOR ? p : rest, to == StanceLabel.AGAINST ? p : rest,
                to == StanceLabel.NEUTRAL ? p : rest);
    }

    private static List<StanceLabel> gold(int n) {
        List<StanceLabel> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(LABELS[k % 3]);
        }
        return out;
    }

    @Test
    void fitsTheStackToTrustTheMemberThatIsRight() {
        List<StanceLabel> gold = gold(30);
        double[] w = Calibration.fitStack(readings(gold), gold);
        assertThat(w[0]).isPositive();
        assertThat(w[1]).isZero();
    }

    @Test
    void crossValidationReadsEveryItemWithWeightsFittedWithoutItsFold() {
        List<StanceLabel> gold = gold(40);
        List<List<StanceProbabilities>> readings = readings(gold);
        // The second half lies: its wrong member is the one that matches its labels there.
        List<StanceLabel> scrambled = new ArrayList<>(gold.subList(0, 20));
        for (int k = 20; k < 40; k++) {
            scrambled.add(LABELS[(gold.get(k).ordinal() + 1) % 3]);
        }
        Calibration.StackCrossValidation onFirstHalf = Calibration.crossValidateStack(readings, scrambled,
                k -> k < 20, k -> k % 4, 4);

        assertThat(onFirstHalf.weights()).hasSize(4).allSatisfy(w -> assertThat(w[0]).isGreaterThan(w[1]));
        // Fitted on the first half only, every item, the second half too, is read as the first member reads it.
        assertThat(onFirstHalf.predicted()).containsExactlyElementsOf(gold);

        Calibration.StackCrossValidation onSecondHalf = Calibration.crossValidateStack(readings, scrambled,
                k -> k >= 20, k -> k % 4, 4);
        assertThat(onSecondHalf.weights()).allSatisfy(w -> assertThat(w[1]).isGreaterThan(w[0]));
        assertThat(onSecondHalf.predicted().subList(20, 40)).containsExactlyElementsOf(scrambled.subList(20, 40));
    }

    @Test
    void crossValidationNamesAFoldOutOfRangeAndMismatchedInputs() {
        List<StanceLabel> gold = gold(6);
        assertThatThrownBy(() -> Calibration.crossValidateStack(readings(gold), gold, k -> true, k -> k, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 3 is put in fold 3");
        assertThatThrownBy(() -> Calibration.crossValidateStack(readings(gold), gold.subList(0, 5), k -> true, k -> 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 readings for 5 gold labels");
    }
}
