package org.quotestance.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.stance.LabeledStance;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StanceDatasets;
import org.quotestance.stance.StanceScores;
import org.quotestance.stance.StanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance train-stance}: trains the stance model that ships in the jar. */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = {"Trains the stance classifier (logistic regression over hashed n-gram features) on GWSD",
                "(all but its dev fifth), NewsMTSC train and the project's own examples; writes the weights",
                "and prints dev scores. Deterministic: the same data give the same weights."},
        footer = {"", "Example (what made the shipped model):",
                "  quotestance train-stance --data ../shared/data/stance \\",
                "      --out core/src/main/resources/org/quotestance/stance/stance-model.bin.gz"})
final class TrainStanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with gwsd/ and newsmtsc/ (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data/stance");

    @Option(names = "--examples", paramLabel = "FILE", description = "Own examples, JSON Lines (default: ${DEFAULT-VALUE}).")
    Path examples = Path.of("training/stance-examples.jsonl");

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights (.bin.gz).")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: the shipped model's).")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "X", description = "AdaGrad base step (default: the shipped model's).")
    Double learningRate;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: the shipped model's).")
    Double l2;

    @Option(names = "--cross-validate", description = "Also score the own news examples by 5-fold cross-validation,"
            + " the folds split by target, so no target is both trained and scored (six trainings instead of one).")
    boolean crossValidate;

    @Override
    public Integer call() throws IOException {
        Path gwsd = data.resolve("gwsd/GWSD-without-heldout.tsv");
        Path newsTrain = data.resolve("newsmtsc/train.jsonl");
        Path newsDev = data.resolve("newsmtsc/dev.jsonl");
        for (Path p : List.of(gwsd, newsTrain, newsDev, examples)) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), p + ": no such file (GWSD: github.com/yiweiluo/GWStance;"
                        + " NewsMTSC: github.com/fhamborg/NewsMTSC)");
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        List<StanceDatasets.Item> gw = StanceDatasets.gwsd(gwsd);
        List<StanceDatasets.Item> nt = StanceDatasets.newsmtsc(newsTrain);
        List<StanceDatasets.Item> nd = StanceDatasets.newsmtsc(newsDev);
        List<StanceDatasets.Item> own = StanceDatasets.own(examples);
        List<LabeledStance> train = new ArrayList<>();
        gw.stream().filter(i -> !i.dev()).forEach(i -> train.add(i.example()));
        nt.forEach(i -> train.add(i.example()));
        own.forEach(i -> train.add(i.example()));
        w.printf("training on %d items: GWSD %d, NewsMTSC %d, own %d%n", train.size(),
                gw.stream().filter(i -> !i.dev()).count(), nt.size(), own.size());
        w.flush();
        long t0 = System.nanoTime();
        StanceTrainer d = StanceTrainer.defaults();
        StanceTrainer trainer = new StanceTrainer(epochs == null ? d.epochs() : epochs,
                learningRate == null ? d.learningRate() : learningRate, l2 == null ? d.l2() : l2, d.seed());
        LogisticStanceModel model = trainer.train(train);
        w.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        w.println("GWSD dev:     " + score(model, gw.stream().filter(StanceDatasets.Item::dev).toList()));
        w.println("NewsMTSC dev: " + score(model, nd));
        if (crossValidate) {
            List<org.quotestance.stance.StanceLabel> gold = new ArrayList<>();
            List<org.quotestance.stance.StanceLabel> predicted = new ArrayList<>();
            for (int fold = 0; fold < 5; fold++) {
                final int f = fold;
                List<LabeledStance> foldTrain = new ArrayList<>(train.subList(0, train.size() - own.size()));
                List<StanceDatasets.Item> held = new ArrayList<>();
                for (StanceDatasets.Item i : own) {
                    if (Math.floorMod(i.example().input().target().hashCode(), 5) == f) {
                        held.add(i);
                    } else {
                        foldTrain.add(i.example());
                    }
                }
                LogisticStanceModel m = trainer.train(foldTrain);
                for (StanceDatasets.Item i : held) {
                    gold.add(i.example().label());
                    predicted.add(m.classify(i.example().input()).label());
                }
            }
            w.println("own examples, 5-fold by target: " + StanceScores.of(gold, predicted));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        w.println("weights written to " + out + " (" + Files.size(out) / 1024 + " KiB)");
        return QuoteStanceCli.OK;
    }

    static StanceScores score(LogisticStanceModel model, List<StanceDatasets.Item> items) {
        return StanceScores.of(items.stream().map(i -> i.example().label()).toList(),
                items.stream().map(i -> model.classify(i.example().input()).label()).toList());
    }
}
