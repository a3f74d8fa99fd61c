package org.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.text.Span;

class StanceFramesTest {

    private static final String PIPELINE = "The Harrow gas pipeline should be completed";

    /** The input with every occurrence of {@code mention} marked. */
    private static StanceInput input(String text, String mention, String target) {
        List<Span> mentions = new ArrayList<>();
        for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
            mentions.add(new Span(at, at + mention.length()));
        }
        return new StanceInput(text, mentions, target, StanceInput.Domain.NEWS);
    }

    private static Optional<StanceLabel> label(String text, String mention) {
        return StanceFrames.label(input(text, mention, PIPELINE));
    }

    @Test
    void aStanceWordWhoseObjectIsTheMentionGivesItsLabel() {
        assertThat(label("Oslo will continue to oppose the completion of the pipeline.", "the pipeline"))
                .contains(StanceLabel.AGAINST);
        assertThat(label("The union voiced its support for the Harrow pipeline on Friday.", "Harrow pipeline"))
                .contains(StanceLabel.FAVOR);
    }

    @Test
    void nestedStanceWordsCompose() {
        assertThat(label("She criticized the opposition to the pipeline as short-sighted.", "the pipeline"))
                .contains(StanceLabel.FAVOR);
        assertThat(label("The ministry said it would waive sanctions on the pipeline operator.", "the pipeline"))
                .contains(StanceLabel.FAVOR);
    }

    @Test
    void negationFlipsAFrame() {
        assertThat(label("We will never support the pipeline.", "the pipeline")).contains(StanceLabel.AGAINST);
    }

    @Test
    void anEvaluativePredicateOfTheMentionIsAFrame() {
        assertThat(label("He said the pipeline is entirely legal.", "the pipeline")).contains(StanceLabel.FAVOR);
        assertThat(label("He said the pipeline was not legitimate.", "the pipeline")).contains(StanceLabel.AGAINST);
    }

    @Test
    void wordsThatOnlyLookLikeStanceAreNoFrames() {
        assertThat(label("The opposition visited the pipeline site on Monday.", "the pipeline")).isEmpty();
        assertThat(label("The pipeline was endorsed by the regional council.", "the regional council")).isEmpty();
        assertThat(label("Near the end of the pipeline route, workers rested.", "the pipeline")).isEmpty();
        assertThat(label("She ran against the pipeline's chief lobbyist in 2019.", "the pipeline")).isEmpty();
        assertThat(label("Officials reject it, but the pipeline will be finished.", "the pipeline")).isEmpty();
        assertThat(label("The plan was endorsed by the pipeline operator.", "pipeline operator")).isEmpty();
        assertThat(label("Critics of the pipeline are wrong.", "the pipeline")).isEmpty();
    }

    @Test
    void aFrameNeedsAMention() {
        assertThat(StanceFrames.find(new StanceInput("We oppose it.", List.of(), PIPELINE, StanceInput.Domain.NEWS))).isEmpty();
    }

    @Test
    void onlyTheTargetsPredicateMakesItNegative() {
        assertThat(StanceFrames.negativeTarget("The takeover of the port should be blocked")).isTrue();
        assertThat(StanceFrames.negativeTarget("Climate change is a serious concern")).isTrue();
        assertThat(StanceFrames.negativeTarget("Sanctions on Russia should remain in place")).isFalse();
        assertThat(StanceFrames.negativeTarget("The ban on fracking should stay")).isFalse();
    }

    @Test
    void framesFlipForATargetThatIsAgainstWhatItNames() {
        StanceInput in = input("The mayor welcomed the takeover of the port.", "the takeover",
                "The takeover of the port should be blocked");
        assertThat(StanceFrames.label(in)).contains(StanceLabel.AGAINST);
    }

    @Test
    void framesThatDisagreeGiveNoLabelAndLeaveTheModelsReading() {
        StanceInput in = input("They support the pipeline but the pipeline is illegal.", "the pipeline", PIPELINE);
        assertThat(StanceFrames.find(in)).hasSize(2);
        StanceProbabilities model = new StanceProbabilities(0.2, 0.3, 0.5);
        assertThat(StanceFrames.apply(in, model)).isEqualTo(model);
    }

    @Test
    void aFrameMovesTheModelsReadingHalfwayTowardItsLabel() {
        StanceProbabilities moved = StanceFrames.apply(input("We oppose the pipeline.", "the pipeline", PIPELINE),
                new StanceProbabilities(0.6, 0.3, 0.1));
        assertThat(moved.label()).isEqualTo(StanceLabel.AGAINST);
        assertThat(moved.against()).isCloseTo(0.5 * 0.3 + 0.5 * 0.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
