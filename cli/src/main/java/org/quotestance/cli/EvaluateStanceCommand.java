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
import org.quotestance.eval.stance.LexiconBaseline;
import org.quotestance.eval.stance.StanceDatasets;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.AveragedStanceClassifier;
import org.quotestance.stance.LogisticStanceModel;
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

/** {@code quotestance evaluate stance}: scores the stance model on GWSD or NewsMTSC beside two baselines. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Scores the stance classifier on labelled stance data.",
                "Prints accuracy and macro-F1 beside a majority-class and a lexicon-only baseline."},
        footer = {"", "Examples:",
                "  quotestance evaluate stance --format newsmtsc ../shared/data/stance/newsmtsc/dev.jsonl",
                "  quotestance evaluate stance --format gwsd --split dev \\",
                "      ../shared/data/stance/gwsd/GWSD-without-heldout.tsv --predictions gwsd.jsonl",
                "", "GWSD: stance toward 'climate change is a serious concern' (agree = FAVOR, disagree = AGAINST,",
                "neutral = NEUTRAL, the workers' majority). NewsMTSC: polarity toward the target mention",
                "(6 = FAVOR, 2 = AGAINST, 4 = NEUTRAL)."})
final class EvaluateStanceCommand implements Callable<Integer> {

    enum Format { gwsd, newsmtsc, own }

    enum Split { all, train, dev }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Parameters(paramLabel = "FILE", description = "A GWSD .tsv, a NewsMTSC .jsonl or a file of QuoteStance's own examples"
            + " (training/stance-examples*.jsonl; the models were trained on these, so only the frame rows are a fair measure there).")
    Path file;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "GWSD rows to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). GWSD has no dev split;"
                    + " dev is the fifth whose guid hash is divisible by 5, which training leaves out.")
    Split split = Split.all;

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
        if (split != Split.all && format != Format.gwsd) {
            throw new ParameterException(spec.commandLine(), "--split applies to GWSD only; NewsMTSC has dev.jsonl, and the own examples are all training data");
        }
        List<StanceDatasets.Item> items = switch (format) {
            case gwsd -> StanceDatasets.gwsd(file);
            case newsmtsc -> StanceDatasets.newsmtsc(file);
            case own -> StanceDatasets.own(file);
        };
        if (split != Split.all) {
            items = items.stream().filter(i -> i.dev() == (split == Split.dev)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        List<StanceLabel> gold = items.stream().map(i -> i.example().label()).toList();
        Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
        gold.forEach(l -> counts.merge(l, 1, Integer::sum));
        StanceLabel majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(StanceLabel.NEUTRAL);
        // Each member model once per item; the shipped classifier is their mean.
        AveragedStanceClassifier model = ShippedModels.stanceClassifier();
        List<List<StanceProbabilities>> each = new ArrayList<>();
        List<StanceProbabilities> probs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (StanceDatasets.Item i : items) {
            List<StanceProbabilities> p = model.classifyEach(i.example().input());
            each.add(p);
            probs.add(AveragedStanceClassifier.mean(p));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("%s %s (%s): %d items, %s%n", format, file, split, items.size(), counts);
        out.printf("%-34s %9s %9s%n", "", "accuracy", "macro-F1");
        row(out, "majority class of FILE (" + majority + ")", StanceScores.of(gold, gold.stream().map(g -> majority).toList()));
        if (Files.isDirectory(lexicons)) {
            LexiconBaseline lexicon = LexiconBaseline.load(lexicons);
            row(out, "lexicon only (VADER, Hu-Liu, MPQA)",
                    StanceScores.of(gold, items.stream().map(i -> lexicon.classify(i.example().input()).label()).toList()));
        } else {
            out.printf("%-34s %s%n", "lexicon only", "skipped: no lexicons at " + lexicons);
        }
        for (int m = 0; m < model.members().size(); m++) {
            final int k = m;
            String name = model.members().get(m) instanceof LogisticStanceModel ? "n-gram model alone"
                    : model.members().get(m) instanceof EmbeddingStanceModel ? "sentence-embedding model alone"
                    : model.members().get(m).getClass().getSimpleName() + " alone";
            row(out, name, StanceScores.of(gold, each.stream().map(p -> p.get(k).label()).toList()));
        }
        row(out, "the two models averaged", StanceScores.of(gold, probs.stream().map(StanceProbabilities::label).toList()));
        List<StanceLabel> framed = new ArrayList<>();
        List<StanceLabel> framedGold = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            StanceInput in = items.get(k).example().input();
            Optional<StanceLabel> label = StanceFrames.label(in); // found once: counted and applied
            if (label.isPresent()) {
                framed.add(label.get());
                framedGold.add(gold.get(k));
                probs.set(k, StanceFrames.blend(probs.get(k), label.get()));
            }
        }
        row(out, "QuoteStance: averaged, with frames", StanceScores.of(gold, probs.stream().map(StanceProbabilities::label).toList()));
        out.printf("explicit frames found in %d items (%.1f%%); their label is right for %.1f%% of them%n", framed.size(),
                items.isEmpty() ? 0 : 100.0 * framed.size() / items.size(),
                framed.isEmpty() ? 0 : 100 * StanceScores.of(framedGold, framed).accuracy());
        out.printf("(%.0f items/s)%n", seconds > 0 ? items.size() / seconds : 0);
        if (predictions != null) {
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (int k = 0; k < items.size(); k++) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("index", items.get(k).index());
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

    private static void row(PrintWriter out, String name, StanceScores s) {
        out.printf("%-34s %8.1f%% %9.1f%n", name, 100 * s.accuracy(), 100 * s.macroF1());
    }
}
