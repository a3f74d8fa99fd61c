package org.quotestance.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;

class StanceTrainerTest {

    private static final String TARGET = "The harbour bridge should be rebuilt";

    private static LabeledStance ex(String text, StanceLabel label) {
        return new LabeledStance(new StanceInput(text, List.of(), TARGET, StanceInput.Domain.NEWS), label);
    }

    private static List<LabeledStance> toyData() {
        List<LabeledStance> data = new ArrayList<>();
        String[] who = {"The mayor", "The council", "Ms Lind", "The union", "Residents", "The governor"};
        for (String w : who) {
            data.add(ex(w + " said she supports rebuilding the bridge.", StanceLabel.FAVOR));
            data.add(ex(w + " welcomed the plan to rebuild the bridge.", StanceLabel.FAVOR));
            data.add(ex(w + " said they oppose rebuilding the bridge.", StanceLabel.AGAINST));
            data.add(ex(w + " rejected the plan to rebuild the bridge.", StanceLabel.AGAINST));
            data.add(ex(w + " said the bridge inspection is on Tuesday.", StanceLabel.NEUTRAL));
            data.add(ex(w + " asked when the bridge report would be published.", StanceLabel.NEUTRAL));
        }
        return data;
    }

    @Test
    void learnsStanceCuesFromExamplesAndKeepsThemAfterWritingAndReading() throws Exception {
        LogisticStanceModel model = StanceTrainer.defaults().train(toyData());
        StanceInput favor = new StanceInput("The minister welcomed the plan.", List.of(), TARGET, StanceInput.Domain.NEWS);
        StanceInput against = new StanceInput("The minister rejected the plan.", List.of(), TARGET, StanceInput.Domain.NEWS);
        assertThat(model.classify(favor).label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(model.classify(against).label()).isEqualTo(StanceLabel.AGAINST);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LogisticStanceModel read = LogisticStanceModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.classify(favor)).isEqualTo(model.classify(favor));
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StanceTrainer.defaults().train(toyData()).write(a);
        StanceTrainer.defaults().train(toyData()).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
