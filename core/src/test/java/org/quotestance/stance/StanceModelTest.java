package org.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    private static final String TARGET = "The harbour bridge should be rebuilt";

    @Test
    void aCorruptModelFileFailsAsSuch() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream d = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            d.writeInt(0x51535431);
            d.writeInt(LogisticStanceModel.DIMENSIONS);
            d.writeInt(1);
            d.writeInt(-5);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogisticStanceModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("corrupt");
    }

    @Test
    void marksNegationScopeUntilTheClauseEndsAndFlipsCues() {
        List<StanceFeatures.Tok> toks = StanceFeatures.tokens("We do not support the plan, but we back the bridge.");
        assertThat(toks).filteredOn(StanceFeatures.Tok::negated).extracting(StanceFeatures.Tok::word)
                .containsExactly("support", "the", "plan");
        var f = StanceFeatures.extract(new StanceInput("We will not support it.", List.of(), TARGET, StanceInput.Domain.NEWS));
        assertThat(f).containsKey("w:NOT_support").containsKey("cue:against").doesNotContainKey("cue:favor")
                .containsKey("NEWS|w:NOT_support");
    }

    @Test
    void computesAccuracyAndMacroF1() {
        List<StanceLabel> gold = List.of(StanceLabel.FAVOR, StanceLabel.FAVOR, StanceLabel.AGAINST, StanceLabel.NEUTRAL);
        List<StanceLabel> predicted = List.of(StanceLabel.FAVOR, StanceLabel.AGAINST, StanceLabel.AGAINST, StanceLabel.NEUTRAL);
        StanceScores s = StanceScores.of(gold, predicted);
        assertThat(s.accuracy()).isEqualTo(0.75);
        // F1: FAVOR 2/3 (p 1, r .5), AGAINST 2/3 (p .5, r 1), NEUTRAL 1
        assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1) / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void macroF1AveragesTheLabelsTheGoldUsesAndCountsOthersAsMisses() {
        // Two-sided data (no neutral gold): a NEUTRAL prediction lowers recall, but NEUTRAL is not averaged in.
        List<StanceLabel> gold = List.of(StanceLabel.FAVOR, StanceLabel.FAVOR, StanceLabel.AGAINST, StanceLabel.AGAINST);
        List<StanceLabel> predicted = List.of(StanceLabel.FAVOR, StanceLabel.NEUTRAL, StanceLabel.AGAINST, StanceLabel.AGAINST);
        StanceScores s = StanceScores.of(gold, predicted);
        // F1: FAVOR 2/3 (p 1, r .5), AGAINST 1
        assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 1) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(StanceScores.of(List.of(), List.of()).macroF1()).isZero();
    }

    @Test
    void theShippedModelReadsAndGivesADistribution() {
        StanceProbabilities p = LogisticStanceModel.shipped().classify(new StanceInput(
                "“We reject this plan and will block it in parliament.”", List.of(), TARGET, StanceInput.Domain.NEWS));
        assertThat(p.favor() + p.against() + p.neutral()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.label()).isEqualTo(StanceLabel.AGAINST);
    }
}
