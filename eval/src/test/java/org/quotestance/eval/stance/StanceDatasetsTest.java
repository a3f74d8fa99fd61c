package org.quotestance.eval.stance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.InvalidInputException;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StanceDatasetsTest {

    @TempDir
    Path dir;

    private static String gwsdRow(String guid, String sentence, String... workers) {
        return "0\t1\t0\ts0\t" + sentence + "\t" + String.join("\t", workers) + "\t\t\t\t" + guid + "\tFalse";
    }

    private static final String HEADER = "\tround\tbatch\tsent_id\tsentence\tworker_0\tworker_1\tworker_2\tworker_3"
            + "\tdisagree\tagree\tneutral\tguid\tin_held_out_test";

    @Test
    void takesTheWorkersMajorityAndCallsTiesNeutral() throws Exception {
        Path f = Files.write(dir.resolve("g.tsv"), List.of(HEADER,
                gwsdRow("1_0_a", "Warming is a hoax.", "disagrees", "disagrees", "disagrees", "neutral"),
                gwsdRow("1_0_b", "Seas are rising fast.", "agrees", "agrees", "neutral", "neutral"),
                gwsdRow("1_0_c", "Some say both.", "agrees", "agrees", "disagrees", "disagrees")));
        List<StanceDatasets.Item> items = StanceDatasets.gwsd(f);
        assertThat(items).extracting(i -> i.example().label())
                .containsExactly(StanceLabel.AGAINST, StanceLabel.NEUTRAL, StanceLabel.NEUTRAL);
        assertThat(items.get(0).example().input().mentions()).hasSize(1); // "Warming"
        assertThat(items).extracting(StanceDatasets.Item::dev)
                .containsExactly(Math.floorMod("1_0_a".hashCode(), 5) == 0, Math.floorMod("1_0_b".hashCode(), 5) == 0,
                        Math.floorMod("1_0_c".hashCode(), 5) == 0);
    }

    /** A record as IBM Claim Stance's file writes it: the CSV record quoted whole, then semicolons. */
    private static String ibmLine(String... fields) {
        StringBuilder inner = new StringBuilder();
        for (int k = 0; k < fields.length; k++) {
            inner.append(k == 0 ? "" : ",").append(k == 0 ? fields[k] : "\"" + fields[k].replace("\"", "\"\"") + "\"");
        }
        return "\"" + inner.toString().replace("\"", "\"\"") + "\";;;;";
    }

    private static final String IBM_HEADER = ibmLine("topicId", "split", "topicText", "claims.claimId", "claims.stance",
            "claims.claimCorrectedText", "claims.claimTarget.text");

    @Test
    void readsIbmClaimStanceMotionsAsPropositionsAndItsTestSplitAsHeldOut() throws Exception {
        Path f = Files.write(dir.resolve("claims.csv"), List.of(IBM_HEADER,
                ibmLine("1", "train", "This house believes that the ferry should be free", "11", "PRO",
                        "A free ferry would \"cut traffic\" on the bridge, planners say", "A free ferry"),
                ibmLine("2", "test", "This house would ban night flights", "12", "CON",
                        "Night flights keep the airport's cargo jobs alive", "Night flights"),
                "\"3,\"\"test\"\",\"\"broken",
                ibmLine("3", "test", "This house believes that zoos should close", "13", "CON",
                        "Zoos fund the breeding of endangered animals", ""),
                ibmLine("3", "test", "This house believes that zoos should close", "14", "PRO",
                        "Keepers say \";\" nothing about the cages\nand the pens\nare small", "")));
        List<String> skipped = new java.util.ArrayList<>();
        List<StanceDatasets.Item> items = StanceDatasets.ibmClaimStance(f, skipped::add);

        assertThat(items).extracting(i -> i.example().input().target()).containsExactly(
                "The ferry should be free", "We should ban night flights", "Zoos should close", "Zoos should close");
        assertThat(items).extracting(i -> i.example().label())
                .containsExactly(StanceLabel.FAVOR, StanceLabel.AGAINST, StanceLabel.AGAINST, StanceLabel.FAVOR);
        // A claim over three lines, holding a quoted semicolon, is read whole.
        assertThat(items.get(3).example().input().text()).isEqualTo("Keepers say \";\" nothing about the cages\nand the pens\nare small");
        assertThat(items.get(0).example().input().text()).isEqualTo("A free ferry would \"cut traffic\" on the bridge, planners say");
        assertThat(items.get(0).example().input().mentions()).extracting(m -> m.start() + "-" + m.end()).containsExactly("0-12");
        assertThat(items.get(2).example().input().mentions()).isEmpty();
        assertThat(items).extracting(StanceDatasets.Item::dev).containsExactly(false, true, true, true);
        assertThat(items).extracting(StanceDatasets.Item::id).containsExactly("11", "12", "13", "14");
        assertThat(skipped).containsExactly(f + ":4");
    }

    @Test
    void turnsDebateMotionsIntoPropositions() {
        assertThat(StanceDatasets.proposition("This house supports the four-day week")).isEqualTo("We should support the four-day week");
        assertThat(StanceDatasets.proposition("this house believes tolls are fair")).isEqualTo("Tolls are fair");
        assertThat(StanceDatasets.proposition("This house believes in the use of ferries")).isEqualTo("We should support the use of ferries");
        assertThat(StanceDatasets.proposition("Rents should be capped")).isEqualTo("Rents should be capped");
    }

    @Test
    void namesTheLineOfAnIbmStanceThatIsNeitherProNorCon() throws Exception {
        Path f = Files.write(dir.resolve("claims.csv"), List.of(IBM_HEADER,
                ibmLine("1", "train", "This house believes that the ferry should be free", "11", "MAYBE", "Ferries are nice", "")));
        assertThatThrownBy(() -> StanceDatasets.ibmClaimStance(f, s -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("claims.csv:2").hasMessageContaining("MAYBE");
        Path notIbm = Files.write(dir.resolve("other.csv"), List.of("a,b,c"));
        assertThatThrownBy(() -> StanceDatasets.ibmClaimStance(notIbm, s -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("other.csv:1").hasMessageContaining("split");
    }

    @Test
    void namesTheLineOfAnUnknownWorkerLabel() throws Exception {
        Path f = Files.write(dir.resolve("g.tsv"), List.of(HEADER, gwsdRow("x", "Hot.", "agrees", "maybe", "agrees", "agrees")));
        assertThatThrownBy(() -> StanceDatasets.gwsd(f)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("g.tsv:2").hasMessageContaining("\"maybe\"");
    }

    @Test
    void givesOwnExamplesTheirTargetsOtherExamplesAsATopicFileWould() throws Exception {
        Path f = Files.write(dir.resolve("own.jsonl"), List.of(
                "{\"text\": \"We back the bridge.\", \"target\": \"B\", \"label\": \"FAVOR\", \"mention\": \"the bridge\"}",
                "{\"text\": \"We welcome the bridge.\", \"target\": \"B\", \"label\": \"FAVOR\"}",
                "{\"text\": \"We reject the bridge.\", \"target\": \"B\", \"label\": \"AGAINST\"}",
                "{\"text\": \"The bridge opens Monday.\", \"target\": \"B\", \"label\": \"NEUTRAL\"}"));
        List<StanceDatasets.Item> items = StanceDatasets.own(f);
        assertThat(items.get(0).example().input().favor()).isEmpty(); // every third item gets none
        assertThat(items.get(0).example().input().mentions()).hasSize(1);
        StanceInput second = items.get(1).example().input();
        assertThat(second.favor()).containsExactly("We back the bridge.");
        assertThat(second.against()).containsExactly("We reject the bridge.");
        assertThat(second.domain()).isEqualTo(StanceInput.Domain.NEWS);
    }

    @Test
    void theLexiconBaselineSumsPolarityNearTheTargetAndFlipsItUnderNegation() throws Exception {
        Files.createDirectories(dir.resolve("vader"));
        Files.createDirectories(dir.resolve("hu-liu"));
        Files.createDirectories(dir.resolve("mpqa"));
        Files.write(dir.resolve("vader/vader_lexicon.txt"), List.of("great\t3.0\t0.5\t[3]", "awful\t-3.0\t0.5\t[-3]"));
        Files.write(dir.resolve("hu-liu/positive-words.txt"), List.of(";comment", "great"));
        Files.write(dir.resolve("hu-liu/negative-words.txt"), List.of("awful"));
        Files.write(dir.resolve("mpqa/subjclueslen1-HLTEMNLP05.tff"),
                List.of("type=strongsubj len=1 word1=awful pos1=adj stemmed1=n priorpolarity=negative"));
        LexiconBaseline lexicon = LexiconBaseline.load(dir);
        assertThat(lexicon.classify(new StanceInput("A great plan.", List.of(), "T", StanceInput.Domain.NEWS)).label())
                .isEqualTo(StanceLabel.FAVOR);
        assertThat(lexicon.classify(new StanceInput("Not a great plan.", List.of(), "T", StanceInput.Domain.NEWS)).label())
                .isEqualTo(StanceLabel.AGAINST);
        assertThat(lexicon.classify(new StanceInput("The plan is due.", List.of(), "T", StanceInput.Domain.NEWS)).label())
                .isEqualTo(StanceLabel.NEUTRAL);
        assertThatThrownBy(() -> LexiconBaseline.load(dir.resolve("none"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot read the sentiment lexicons");
    }
}
