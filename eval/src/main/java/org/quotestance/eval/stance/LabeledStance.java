package org.quotestance.eval.stance;

import java.util.Objects;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;

/**
 * A training or evaluation item: an input and its gold label.
 *
 * @param input the statement, target and domain
 * @param label the gold stance
 */
public record LabeledStance(StanceInput input, StanceLabel label) {

    public LabeledStance {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(label, "label");
    }
}
