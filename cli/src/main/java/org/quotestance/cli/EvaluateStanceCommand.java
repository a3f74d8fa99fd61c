package org.quotestance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotestance.ShippedModels;
import org.quotestance.eval.stance.Calibration;
import org.quotestance.eval.stance.LexiconBaseline;
import org.quotestance.eval.stance.StanceDatasets;
import org.quotestance.minilm.CrossEncoderStanceModel;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.AveragedStanceClassifier;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StackedStanceClassifier;
import org.quotestance.stance.StanceFrames;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.stance.StanceScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance evaluate stance}: scores the stance model on GWSD, NewsMTSC or IBM Claim Stance beside two baselines. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Scores the stance classifier on labelled stance data.",
                "Prints accuracy and macro-F1 beside a majority-class and a lexicon-only baseline."},
        footer = {"", "Examples:",
                "  quotestance evaluate stance --format newsmtsc ../shared/data/stance/newsmtsc/dev.jsonl",
                "  quotestance evaluate stance --format gwsd --split dev \\",
                "      ../shared/data/stance/gwsd/GWSD-without-heldout.tsv --predictions gwsd.jsonl",
                "  quotestance evaluate stance --format ibm --split test \\",
                "      ../shared/data/stance/ibm-claim-stance/claim_stance_dataset_v1.csv",
                "", "GWSD: stance toward 'climate change is a serious concern' (agree = FAVOR, disagree = AGAINST,",
                "neutral = NEUTRAL, the workers' majority). NewsMTSC: polarity toward the target mention",
                "(6 = FAVOR, 2 = AGAINST, 4 = NEUTRAL). IBM Claim Stance: a claim's stance toward its topic's motion",
                "(PRO = FAVOR, CON = AGAINST; no neutral claims, so macro-F1 averages FAVOR and AGAINST)."})
final class EvaluateStanceCommand implements Callable<Integer> {

    enum Format { gwsd, newsmtsc, ibm, own }

    enum Split { all, train, dev, test }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(paramLabel = "FILE", description = "A GWSD .tsv, a NewsMTSC .jsonl, IBM Claim Stance's claim_stance_dataset_v1.csv or a file of QuoteStance's own examples"
            + " (training/stance-examples*.jsonl; the models were trained on these, so only the frame rows are a fair measure there).")
    Path file;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "Rows to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). GWSD: all, train or dev; it has no"
                    + " dev split, so dev is the fifth whose guid hash is divisible by 5, which training leaves out. IBM Claim"
                    + " Stance: all, train or test, its own split by topic.")
    Split split = Split.all;

    @Option(names = "--stack-weights", paramLabel = "CROSS,LINEAR", split = ",",
            description = "Score the stack with these weights of the cross-encoder and the linear models instead of the"
                    + " shipped ones (stance/stance-ensemble.json), e.g. 0.80,0.55.")
    List<Double> stackWeights;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Write one JSON line per item, in input order.")
    Path predictions;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Sentiment lexicons for the lexicon baseline (default: ${DEFAULT-VALUE}); skipped when absent.")
    Path lexicons = Path.of("../shared/data/lexicons");

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such file");
        }
        if (stackWeights != null && (stackWeights.size() != 2 || stackWeights.stream().anyMatch(x -> !(x >= 0)))) {
            throw new ParameterException(spec.commandLine(), "--stack-weights needs two weights of zero or more, the"
                    + " cross-encoder's and the linear models': " + stackWeights);
        }
        if (split != Split.all && format != Format.gwsd && format != Format.ibm) {
            throw new ParameterException(spec.commandLine(), "--split applies to GWSD and IBM Claim Stance only; NewsMTSC has"
                    + " dev.jsonl, and the own examples are all training data");
        }
        if (format == Format.gwsd && split == Split.test || format == Format.ibm && split == Split.dev) {
            throw new ParameterException(spec.commandLine(), "--split " + split + " does not apply to " + format
                    + (format == Format.gwsd ? ": all, train or dev" : ": all, train or test"));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> skipped = new ArrayList<>();
        List<StanceDatasets.Item> items = switch (format) {
            case gwsd -> StanceDatasets.gwsd(file);
            case newsmtsc -> StanceDatasets.newsmtsc(file);
            case ibm -> StanceDatasets.ibmClaimStance(file, skipped::add);
            case own -> StanceDatasets.own(file);
        };
        if (!skipped.isEmpty()) {
            out.printf("%d broken records skipped (their field count is not the header's): %s%n", skipped.size(),
                    String.join(", ", skipped));
        }
        if (split != Split.all) {
            items = items.stream().filter(i -> i.dev() == (split != Split.train)).toList();
        }
        List<StanceLabel> gold = items.stream().map(i -> i.example().label()).toList();
        Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
        gold.forEach(l -> counts.merge(l, 1, Integer::sum));
        StanceLabel majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(StanceLabel.NEUTRAL);
        List<StanceInput> inputs = items.stream().map(i -> i.example().input()).toList();
        // Each model once over all items, batched; the rows below combine their probabilities.
        AveragedStanceClassifier linear = ShippedModels.linearStanceModels();
        long t0 = System.nanoTime();
        List<List<StanceProbabilities>> each = linear.classifyEachAll(inputs);
        double linearSeconds = (System.nanoTime() - t0) / 1e9;
        CrossEncoderStanceModel cross = ShippedModels.crossEncoder();
        t0 = System.nanoTime();
        List<float[]> crossLogits = cross.logitsAll(inputs);
        double crossSeconds = (System.nanoTime() - t0) / 1e9;
        List<StanceProbabilities> crossRaw = crossLogits.stream().map(l -> CrossEncoderStanceModel.probabilities(l, 1)).toList();
        List<StanceProbabilities> crossCalibrated = crossLogits.stream()
                .map(l -> CrossEncoderStanceModel.probabilities(l, cross.temperature())).toList();
        List<StanceProbabilities> linearMean = each.stream().map(AveragedStanceClassifier::mean).toList();
        List<Optional<StanceLabel>> frames = inputs.stream().map(StanceFrames::label).toList(); // found once: counted and applied

        out.printf("%s %s (%s): %d items, %s%n", format, file, split, items.size(), counts);
        out.printf("%-44s %9s %9s %9s%n", "", "accuracy", "macro-F1", "ECE");
        row(out, "majority class of FILE (" + majority + ")", gold, gold.stream().map(g -> majority).toList(), null);
        if (Files.isDirectory(lexicons)) {
            LexiconBaseline lexicon = LexiconBaseline.load(lexicons);
            row(out, "lexicon only (VADER, Hu-Liu, MPQA)", gold,
                    items.stream().map(i -> lexicon.classify(i.example().input()).label()).toList(), null);
        } else {
            out.printf("%-44s %s%n", "lexicon only", "skipped: no lexicons at " + lexicons);
        }
        for (int m = 0; m < linear.members().size(); m++) {
            final int k = m;
            String name = linear.members().get(m) instanceof LogisticStanceModel ? "n-gram model alone"
                    : linear.members().get(m) instanceof EmbeddingStanceModel ? "sentence-embedding model alone"
                    : linear.members().get(m).getClass().getSimpleName() + " alone";
            rowOf(out, name, gold, each.stream().map(p -> p.get(k)).toList());
        }
        rowOf(out, "the two linear models averaged", gold, linearMean);
        rowOf(out, "the two linear models, with frames", gold, withFrames(linearMean, frames));
        rowOf(out, "cross-encoder, uncalibrated", gold, crossRaw);
        rowOf(out, "cross-encoder (temperature " + cross.temperature() + ")", gold, crossCalibrated);
        rowOf(out, "cross-encoder, with frames", gold, withFrames(crossCalibrated, frames));
        double[] weights = stackWeights != null ? new double[] {stackWeights.get(0), stackWeights.get(1)}
                : ShippedModels.stanceClassifier().weights();
        List<StanceProbabilities> stacked = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            stacked.add(StackedStanceClassifier.combine(List.of(crossCalibrated.get(k), linearMean.get(k)), weights));
        }
        String stack = String.format("stacked (%.2f cross-encoder, %.2f linear)", weights[0], weights[1]);
        rowOf(out, stack, gold, stacked);
        List<StanceProbabilities> shipped = withFrames(stacked, frames);
        rowOf(out, stackWeights == null ? "QuoteStance: stacked, with frames" : stack + ", with frames", gold, shipped);
        List<StanceLabel> framed = new ArrayList<>();
        List<StanceLabel> framedGold = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            if (frames.get(k).isPresent()) {
                framed.add(frames.get(k).get());
                framedGold.add(gold.get(k));
            }
        }
        out.printf("explicit frames found in %d items (%.1f%%); their label is right for %.1f%% of them%n", framed.size(),
                items.isEmpty() ? 0 : 100.0 * framed.size() / items.size(),
                framed.isEmpty() ? 0 : 100 * StanceScores.of(framedGold, framed).accuracy());
        out.printf("cost: cross-encoder %.1f ms per item, the two linear models %.1f ms per item (batched, on one thread)%n",
                items.isEmpty() ? 0 : 1000 * crossSeconds / items.size(), items.isEmpty() ? 0 : 1000 * linearSeconds / items.size());
        List<StanceProbabilities> probs = shipped;
        if (predictions != null) {
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (int k = 0; k < items.size(); k++) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("index", items.get(k).index());
                    if (!items.get(k).id().isEmpty()) {
                        o.put("id", items.get(k).id());
                    }
                    o.put("label", probs.get(k).label().name());
                    ObjectNode p = o.putObject("probabilities");
                    for (StanceLabel l : StanceLabel.values()) {
                        p.put(l.name(), Math.round(probs.get(k).get(l) * 10000) / 10000.0);
                    }
                    w.write(mapper.writeValueAsString(o));
                    w.newLine();
                }
            }
            out.println("predictions written to " + predictions);
        }
        out.flush();
        return QuoteStanceCli.OK;
    }

    private static List<StanceProbabilities> withFrames(List<StanceProbabilities> read, List<Optional<StanceLabel>> frames) {
        List<StanceProbabilities> out = new ArrayList<>(read.size());
        for (int k = 0; k < read.size(); k++) {
            out.add(frames.get(k).isPresent() ? StanceFrames.blend(read.get(k), frames.get(k).get()) : read.get(k));
        }
        return out;
    }

    private static void rowOf(PrintWriter out, String name, List<StanceLabel> gold, List<StanceProbabilities> probs) {
        row(out, name, gold, probs.stream().map(StanceProbabilities::label).toList(), Calibration.expectedError(probs, gold));
    }

    private static void row(PrintWriter out, String name, List<StanceLabel> gold, List<StanceLabel> predicted, Double ece) {
        StanceScores s = StanceScores.of(gold, predicted);
        out.printf("%-44s %8.1f%% %9.1f %9s%n", name, 100 * s.accuracy(), 100 * s.macroF1(),
                ece == null ? "" : String.format("%.3f", ece));
    }
}
