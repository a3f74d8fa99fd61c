package org.quotestance.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.ShippedModels;
import org.quotestance.eval.stance.Calibration;
import org.quotestance.eval.stance.EmbeddingStanceTrainer;
import org.quotestance.eval.stance.LabeledStance;
import org.quotestance.eval.stance.StanceDatasets;
import org.quotestance.eval.stance.StanceTrainer;
import org.quotestance.minilm.MiniLmEncoder;
import org.quotestance.stance.AveragedStanceClassifier;
import org.quotestance.stance.StackedStanceClassifier;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.EmbeddingStanceModel;
import org.quotestance.stance.SentenceEncoder;
import org.quotestance.stance.LogisticStanceModel;
import org.quotestance.stance.StanceScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance train-stance}: trains the stance model that ships in the jar. */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = {"Trains the stance models that ship in the jar.",
                "Two logistic regressions (over hashed n-gram features, and over sentence embeddings) on GWSD"
                        + " (all but its dev fifth), NewsMTSC train and the project's own examples; writes the weights"
                        + " and prints dev scores. Deterministic: the same data give the same weights."},
        footer = {"", "Example (what made the shipped model):",
                "  quotestance train-stance --data ../shared/data/stance \\",
                "      --out core/src/main/resources/org/quotestance/stance/stance-model.bin.gz"})
final class TrainStanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with gwsd/ and newsmtsc/ (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data/stance");

    @Option(names = "--examples", paramLabel = "FILE", split = ",",
            description = "Own examples, JSON Lines (default: every training/stance-examples*.jsonl, in name order).")
    List<Path> examples;

    /** Where the shipped weights live, in a checkout; the default of {@code --out} with {@code --ensemble-only}. */
    static final Path SHIPPED_NGRAM_WEIGHTS = Path.of("core/src/main/resources/org/quotestance/stance/stance-model.bin.gz");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the n-gram model's weights (.bin.gz);"
            + " required unless --ensemble-only, which writes beside the shipped weights by default.")
    Path out;

    @Option(names = "--embedding-out", paramLabel = "FILE",
            description = "Where to write the sentence-embedding model's weights (default: stance-embedding.bin.gz beside --out).")
    Path embeddingOut;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: the shipped model's).")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "X", description = "AdaGrad base step (default: the shipped model's).")
    Double learningRate;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: the shipped model's).")
    Double l2;

    @Option(names = "--ensemble-out", paramLabel = "FILE",
            description = "Where to write the weights that stack the cross-encoder and the linear models (default:"
                    + " stance-ensemble.json beside --out).")
    Path ensembleOut;

    @Option(names = "--ensemble-only", description = "Train nothing: fit only the stack weights, for the shipped"
            + " cross-encoder and the shipped linear models (after a new cross-encoder).")
    boolean ensembleOnly;

    /** Which dev data fit the stack weights. */
    enum StackData { gwsd, both }

    @Option(names = "--stack-data", paramLabel = "DATA", description = "Dev data that fit the stack weights by likelihood:"
            + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). gwsd: GWSD's dev fifth, stance toward a proposition as"
            + " QuoteStance reads topics; both: with NewsMTSC dev (sentiment toward a mention), as earlier releases did.")
    StackData stackData = StackData.gwsd;

    @Option(names = "--cross-validate", description = "Also score the own news examples by 5-fold cross-validation,"
            + " the folds split by target (targets sharing a sentence stay together), so no target is both trained and"
            + " scored (six trainings instead of one); and score the stack weights fitted on either --stack-data by"
            + " 5-fold cross-validation on the dev sets (with --ensemble-only, only this).")
    boolean crossValidate;

    @Override
    public Integer call() throws IOException {
        Path gwsd = data.resolve("gwsd/GWSD-without-heldout.tsv");
        Path newsTrain = data.resolve("newsmtsc/train.jsonl");
        Path newsDev = data.resolve("newsmtsc/dev.jsonl");
        if (examples == null) {
            examples = new ArrayList<>();
            Path folder = Path.of("training");
            if (Files.isDirectory(folder)) {
                try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().matches("stance-examples.*\\.jsonl")).sorted()
                            .forEach(examples::add);
                }
            }
            if (examples.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no training/stance-examples*.jsonl here; run from the"
                        + " repository root or give --examples");
            }
        }
        List<Path> inputs = new ArrayList<>(List.of(gwsd, newsTrain, newsDev));
        inputs.addAll(examples);
        for (Path p : inputs) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), p + ": no such file (GWSD: github.com/yiweiluo/GWStance;"
                        + " NewsMTSC: github.com/fhamborg/NewsMTSC)");
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        List<StanceDatasets.Item> gw = StanceDatasets.gwsd(gwsd);
        List<StanceDatasets.Item> nd = StanceDatasets.newsmtsc(newsDev);
        List<StanceDatasets.Item> gwDev = gw.stream().filter(StanceDatasets.Item::dev).toList();
        if (out == null && !ensembleOnly) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=FILE'");
        }
        Path stackOut = ensembleOut != null ? ensembleOut
                : (out != null ? out : SHIPPED_NGRAM_WEIGHTS).resolveSibling("stance-ensemble.json");
        if (ensembleOnly) {
            fitStack(w, ShippedModels.linearStanceModels(), nd, gwDev, stackOut);
            return QuoteStanceCli.OK;
        }
        List<StanceDatasets.Item> nt = StanceDatasets.newsmtsc(newsTrain);
        List<StanceDatasets.Item> own = new ArrayList<>();
        for (Path e : examples) {
            own.addAll(StanceDatasets.own(e));
        }
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
        w.println("n-gram model:  GWSD dev " + score(model, gw.stream().filter(StanceDatasets.Item::dev).toList())
                + "; NewsMTSC dev " + score(model, nd));
        w.println("encoding " + (train.size() + nd.size() + gw.size() - (train.size() - nt.size() - own.size()))
                + " sentences with all-MiniLM-L6-v2...");
        w.flush();
        SentenceEncoder encoder = MiniLmEncoder.shared();
        java.util.Map<String, float[]> vectors = encodeAll(encoder, train, gw, nd);
        EmbeddingStanceModel embedding = trainEmbedding(encoder, train, vectors);
        AveragedStanceClassifier both = new AveragedStanceClassifier(List.of(model, embedding));
        w.println("embedding:     GWSD dev " + score(embedding, gwDev) + "; NewsMTSC dev " + score(embedding, nd));
        w.println("averaged:      GWSD dev " + score(both, gwDev) + "; NewsMTSC dev " + score(both, nd));
        if (crossValidate) {
            java.util.Map<String, String> groups = targetGroups(own);
            List<org.quotestance.stance.StanceLabel> gold = new ArrayList<>();
            List<org.quotestance.stance.StanceLabel> predicted = new ArrayList<>();
            for (int fold = 0; fold < 5; fold++) {
                final int f = fold;
                List<LabeledStance> foldTrain = new ArrayList<>(train.subList(0, train.size() - own.size()));
                List<StanceDatasets.Item> held = new ArrayList<>();
                for (StanceDatasets.Item i : own) {
                    if (Math.floorMod(groups.get(i.example().input().target()).hashCode(), 5) == f) {
                        held.add(i);
                    } else {
                        foldTrain.add(i.example());
                    }
                }
                AveragedStanceClassifier m = new AveragedStanceClassifier(List.of(trainer.train(foldTrain),
                        trainEmbedding(encoder, foldTrain, vectors)));
                for (StanceDatasets.Item i : held) {
                    gold.add(i.example().label());
                    predicted.add(m.classify(i.example().input()).label());
                }
            }
            w.println("own examples, 5-fold by target (averaged): " + StanceScores.of(gold, predicted));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        w.println("weights written to " + out + " (" + Files.size(out) / 1024 + " KiB)");
        Path eOut = embeddingOut != null ? embeddingOut : out.resolveSibling("stance-embedding.bin.gz");
        try (OutputStream o = Files.newOutputStream(eOut)) {
            embedding.write(o);
        }
        w.println("weights written to " + eOut + " (" + Files.size(eOut) / 1024 + " KiB)");
        fitStack(w, both, nd, gwDev, stackOut);
        return QuoteStanceCli.OK;
    }

    /**
     * Fits, on the dev items ({@code --stack-data}: GWSD's dev fifth, with NewsMTSC dev or not), the weights that
     * stack the shipped cross-encoder and {@code linear} ({@link StackedStanceClassifier}) by likelihood, and writes
     * them. With {@code --cross-validate}, also scores both choices of dev data by {@value #STACK_FOLDS}-fold
     * cross-validation: each dev item read with weights fitted without its fold (the n-th item of each data set is
     * in fold n mod {@value #STACK_FOLDS}).
     */
    private void fitStack(PrintWriter w, AveragedStanceClassifier linear, List<StanceDatasets.Item> newsDev,
                          List<StanceDatasets.Item> gwsdDev, Path out) throws IOException {
        List<StanceDatasets.Item> all = new ArrayList<>(newsDev);
        all.addAll(gwsdDev);
        int news = newsDev.size();
        List<org.quotestance.stance.StanceInput> inputs = all.stream().map(i -> i.example().input()).toList();
        List<org.quotestance.stance.StanceLabel> gold = all.stream().map(i -> i.example().label()).toList();
        java.util.function.IntPredicate chosen = fitsOn(stackData, news);
        w.printf("fitting the stack of the cross-encoder and the linear models on %d dev items (%s)...%n",
                stackData == StackData.both ? all.size() : gwsdDev.size(), stackData == StackData.both
                        ? "NewsMTSC dev and GWSD's dev fifth" : "GWSD's dev fifth");
        w.flush();
        List<List<org.quotestance.stance.StanceProbabilities>> readings = StanceClassifier.readEach(
                List.of(ShippedModels.crossEncoder(), linear), inputs);
        List<List<org.quotestance.stance.StanceProbabilities>> fitReadings = new ArrayList<>();
        List<org.quotestance.stance.StanceLabel> fitGold = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (chosen.test(k)) {
                fitReadings.add(readings.get(k));
                fitGold.add(gold.get(k));
            }
        }
        double[] weights = Calibration.fitStack(fitReadings, fitGold);
        w.printf("stack weights: cross-encoder %.2f, linear models %.2f (dev negative log-likelihood %.4f; cross-encoder"
                        + " alone %.4f)%n", weights[0], weights[1], Calibration.negativeLogLikelihood(fitReadings, fitGold, weights),
                Calibration.negativeLogLikelihood(fitReadings, fitGold, new double[] {1, 0}));
        if (crossValidate) {
            for (StackData d : StackData.values()) {
                // Fold n holds the n-th item of each data set, mod 5; a NewsMTSC sentence's targets, next to each
                // other, fall in different folds, which with two weights to fit leaks little.
                Calibration.StackCrossValidation cv = Calibration.crossValidateStack(readings, gold,
                        fitsOn(d, news), k -> (k < news ? k : k - news) % STACK_FOLDS, STACK_FOLDS);
                w.printf(java.util.Locale.ROOT, "stack fitted on %s, %d-fold cross-validated: NewsMTSC dev %s; GWSD dev %s;"
                                + " weights %s%n", d, STACK_FOLDS,
                        StanceScores.of(gold.subList(0, news), cv.predicted().subList(0, news)),
                        StanceScores.of(gold.subList(news, all.size()), cv.predicted().subList(news, all.size())),
                        cv.weights().stream().map(x -> String.format(java.util.Locale.ROOT, "%.2f/%.2f", x[0], x[1])).toList());
            }
        }
        Files.writeString(out, String.format(java.util.Locale.ROOT, "{\"members\": [\"%s\", \"%s\"], \"weights\": [%.2f, %.2f]}%n",
                ShippedModels.STACK_MEMBERS.get(0), ShippedModels.STACK_MEMBERS.get(1), weights[0], weights[1]));
        w.println("stack weights written to " + out);
    }

    /** Folds of the stack's cross-validation ({@code --cross-validate}). */
    static final int STACK_FOLDS = 5;

    /** Which of the dev items (NewsMTSC's {@code news} first, then GWSD's) fit the stack for {@code data}. */
    private static java.util.function.IntPredicate fitsOn(StackData data, int news) {
        return k -> data == StackData.both || k >= news;
    }

    /**
     * Targets grouped so that targets sharing a statement text ("…should be lifted" and "…should be kept",
     * with the same sentence under opposite labels) fall in one fold: each target's group is the first
     * target, in file order, connected to it through shared texts.
     */
    private static java.util.Map<String, String> targetGroups(List<StanceDatasets.Item> own) {
        java.util.Map<String, String> parent = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> byText = new java.util.HashMap<>();
        for (StanceDatasets.Item i : own) {
            String t = i.example().input().target();
            parent.putIfAbsent(t, t);
            String other = byText.putIfAbsent(i.example().input().text(), t);
            if (other != null) {
                String a = root(parent, t);
                String b = root(parent, other);
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        parent.keySet().forEach(t -> out.put(t, root(parent, t)));
        return out;
    }

    private static String root(java.util.Map<String, String> parent, String t) {
        while (!parent.get(t).equals(t)) {
            t = parent.get(t);
        }
        return t;
    }

    /** The embedding model, trained with the shipped model's settings ({@link EmbeddingStanceTrainer#defaults()}). */
    private static EmbeddingStanceModel trainEmbedding(SentenceEncoder encoder, List<LabeledStance> data,
                                                       java.util.Map<String, float[]> vectors) {
        List<float[]> x = data.stream().map(d -> vectors.get(d.input().text())).toList();
        return EmbeddingStanceTrainer.defaults().train(encoder, data, x);
    }

    @SafeVarargs
    private static java.util.Map<String, float[]> encodeAll(SentenceEncoder encoder, List<LabeledStance> train,
                                                             List<StanceDatasets.Item>... more) {
        java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
        train.forEach(t -> texts.add(t.input().text()));
        for (List<StanceDatasets.Item> m : more) {
            m.forEach(i -> texts.add(i.example().input().text()));
        }
        List<String> list = new ArrayList<>(texts);
        List<float[]> v = encoder.encode(list);
        java.util.Map<String, float[]> out = new java.util.HashMap<>();
        for (int k = 0; k < list.size(); k++) {
            out.put(list.get(k), v.get(k));
        }
        return out;
    }

    static StanceScores score(org.quotestance.stance.StanceClassifier model, List<StanceDatasets.Item> items) {
        return StanceScores.of(items.stream().map(i -> i.example().label()).toList(),
                items.stream().map(i -> model.classify(i.example().input()).label()).toList());
    }
}
