package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.attribution.AttributionRule;
import org.quotestance.attribution.AttributionSieve;
import org.quotestance.attribution.AttributionSieves;
import org.quotestance.corenlp.baseline.CoreNlpQuoteBaseline;
import org.quotestance.eval.EvaluationReport;
import org.quotestance.eval.GoldCorpus;
import org.quotestance.eval.GoldDocument;
import org.quotestance.eval.GoldJsonlReader;
import org.quotestance.eval.NameVariants;
import org.quotestance.eval.PolnearReader;
import org.quotestance.eval.QuoteScorer;
import org.quotestance.eval.RunCost;
import org.quotestance.eval.SourceSupplement;
import org.quotestance.eval.SystemEvaluation;
import org.quotestance.eval.SystemQuote;
import org.quotestance.nlp.NlpBackendException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance evaluate}: scores quote finding and attribution on annotated news, optionally beside CoreNLP. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, subcommands = EvaluateStanceCommand.class,
        description = {"Scores quote finding and speaker attribution against gold annotations.",
                "GOLD is a PolNeAR folder with text/ and attributions/ (PolNeAR: github.com/networkdynamics/PolNeAR),"
                        + " or a JSON Lines file in QuoteStance's gold format (README, 'Gold annotations')."},
        footer = {"", "Examples:",
                "  quotestance evaluate ../shared/data/polnear/dev --errors misses.txt",
                "  quotestance evaluate eval/samples/gold.jsonl --compare corenlp",
                "  quotestance evaluate stance --format newsmtsc ../shared/data/stance/newsmtsc/dev.jsonl",
                "  quotestance evaluate eval/samples/gold.jsonl --json s.json --min-end-to-end .8",
                "", "Exit codes: 0 scored; 1 some gold documents could not be read (each is named",
                "on stderr, the rest are scored) or end-to-end recall is below --min-end-to-end;",
                "2 usage."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { auto, polnear, jsonl }

    enum Baseline { corenlp }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", arity = "0..1", description = "A PolNeAR folder or a gold .jsonl file.")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Gold format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: a folder is PolNeAR, a file is JSON Lines).")
    Format format = Format.auto;

    @Option(names = "--compare", paramLabel = "SYSTEM",
            description = "Also run ${COMPLETION-CANDIDATES}: CoreNLP's own " + CoreNlpQuoteBaseline.ANNOTATORS
                    + " pipeline, scored and timed the same way (slow: minutes for 80 articles, several GB of heap).")
    Baseline compare;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
    Path json;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every missed, wrongly attributed and spurious quote, with its context, to FILE.")
    Path errors;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--name-variants", description = "List every speaker whose names were merged across spellings.")
    boolean nameVariants;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "Give gold quotes that the gold leaves without a speaker the speakers in FILE (JSON Lines: document, content offsets, speaker, aliases), e.g. eval/polnear-sources/dev.jsonl.")
    Path sources;

    @Option(names = "--without", paramLabel = "RULE", split = ",",
            description = "Run QuoteStance without the attribution sieves of these rules (ablation), e.g. --without CONTINUATION,NEXT_SENTENCE. Rules: ${COMPLETION-CANDIDATES}.")
    EnumSet<AttributionRule> without = EnumSet.noneOf(AttributionRule.class);

    @Option(names = "--by-name",
            description = "Count a speaker right only when its name matches the gold speaker's names, not when its words (\"she\", \"the ministry\") are the annotated mention: measures pronoun and description resolution on a gold that names speakers (eval/styles); PolNeAR's gold names only mentions.")
    boolean byName;

    @Option(names = "--min-end-to-end", paramLabel = "SHARE",
            description = "Exit 1 when QuoteStance's end-to-end recall (gold statements found with the right speaker) is below SHARE (0-1).")
    double minimum = 0;

    @Override
    public Integer call() throws IOException {
        if (gold == null) {
            throw new ParameterException(spec.commandLine(), "Missing GOLD: a PolNeAR folder or a gold .jsonl file"
                    + " (or 'evaluate stance' to score stance)");
        }
        if (minimum < 0 || minimum > 1) {
            throw new ParameterException(spec.commandLine(), "--min-end-to-end must be between 0 and 1, not " + minimum);
        }
        if (!AttributionSieves.rules().containsAll(without)) {
            EnumSet<AttributionRule> none = EnumSet.copyOf(without);
            none.removeAll(AttributionSieves.rules());
            throw new ParameterException(spec.commandLine(), "--without " + none + ": no sieve gives "
                    + (none.contains(AttributionRule.HEADLINE_REPEAT) ? "it (headline quotes inherit from the body)" : "it")
                    + "; the rules with sieves are " + AttributionSieves.rules());
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkWritable(json, "--json");
        checkWritable(errors, "--errors");
        GoldCorpus corpus = read();
        if (sources != null) {
            if (!Files.isRegularFile(sources)) {
                throw new ParameterException(spec.commandLine(), "--sources " + sources + ": no such file");
            }
            try {
                corpus = SourceSupplement.read(sources).apply(corpus);
            } catch (org.quotestance.io.InvalidInputException e) {
                throw new ParameterException(spec.commandLine(), "--sources " + e.getMessage());
            }
        }
        corpus.problems().forEach(p -> err.println("quotestance: " + p));
        List<GoldDocument> docs = corpus.documents().subList(0, Math.min(limit, corpus.documents().size()));
        if (docs.isEmpty()) {
            err.println("quotestance: " + gold + ": no gold document could be read; nothing to score");
            return QuoteStanceCli.SOME_FAILED;
        }
        GoldCorpus scored = new GoldCorpus(corpus.description()
                + (docs.size() < corpus.documents().size() ? "; first " + docs.size() + " scored" : ""), docs, corpus.problems());

        List<SystemEvaluation> systems = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        systems.add(runQuoteStance(docs, variants, err));
        if (compare == Baseline.corenlp) {
            err.println("quotestance: loading CoreNLP's quote pipeline (" + CoreNlpQuoteBaseline.ANNOTATORS + ")...");
            err.flush();
            systems.add(runCoreNlp(docs, err));
        }
        EvaluationReport report = new EvaluationReport(scored, systems);
        out.print(report.table());
        out.println("speakers merged across spellings: " + variants.size());
        if (nameVariants) {
            variants.forEach(v -> out.println("  " + v));
        }
        if (json != null) {
            write(json, List.of(report.json()));
            out.println("scores written to " + json);
        }
        if (errors != null) {
            List<String> lines = new ArrayList<>();
            for (SystemEvaluation s : systems) {
                lines.add("# " + s.system() + ": " + s.scores().errors().size() + " misses");
                lines.addAll(s.scores().errors());
            }
            write(errors, lines);
            out.println("misses written to " + errors);
        }
        out.flush();
        double e2e = systems.get(0).scores().endToEnd().recall();
        if (e2e < minimum) {
            err.printf("quotestance: end-to-end recall %.3f is below the floor %.3f%n", e2e, minimum);
            return QuoteStanceCli.SOME_FAILED;
        }
        return corpus.problems().isEmpty() ? QuoteStanceCli.OK : QuoteStanceCli.SOME_FAILED;
    }

    /** Fails before minutes of scoring when an output file cannot be written. */
    private void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)
                || Files.exists(file) && !Files.isWritable(file)) {
            throw new ParameterException(spec.commandLine(), option + " " + file + ": cannot write there"
                    + (parent != null && !Files.isDirectory(parent) ? " (no folder " + parent + ")" : ""));
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new org.quotestance.io.InvalidInputException(file + ": cannot write: " + e);
        }
    }

    private GoldCorpus read() throws IOException {
        Format f = format;
        if (f == Format.auto) {
            f = Files.isDirectory(gold) ? Format.polnear : Format.jsonl;
        }
        if (!Files.exists(gold)) {
            throw new ParameterException(spec.commandLine(), gold + ": no such file or folder (PolNeAR is at"
                    + " github.com/networkdynamics/PolNeAR; the gold JSON Lines format is in the README, 'Gold annotations')");
        }
        return f == Format.polnear ? new PolnearReader().read(gold) : new GoldJsonlReader().read(gold);
    }

    private SystemEvaluation runQuoteStance(List<GoldDocument> docs, List<String> variants, PrintWriter err) {
        return run("QuoteStance", () -> {
            List<AttributionSieve> sieves = AttributionSieves.without(without);
            if (!without.isEmpty()) {
                err.println("quotestance: attribution without " + without + ": " + sieves.size() + " of "
                        + AttributionSieves.defaults().size() + " sieves");
            }
            QuoteStance pipeline = QuoteStance.builder().sieves(sieves).build();
            return d -> {
                DocumentAnalysis a = pipeline.analyze(d.name(), d.text());
                variants.addAll(NameVariants.merges(a));
                return SystemQuote.of(a);
            };
        }, docs, match(), err);
    }

    private QuoteScorer.SpeakerMatch match() {
        return byName ? QuoteScorer.SpeakerMatch.NAME : QuoteScorer.SpeakerMatch.MENTION_OR_NAME;
    }

    private SystemEvaluation runCoreNlp(List<GoldDocument> docs, PrintWriter err) {
        String name = "CoreNLP " + CoreNlpQuoteBaseline.ANNOTATORS.substring(CoreNlpQuoteBaseline.ANNOTATORS.lastIndexOf(',') + 1);
        return run(name, () -> {
            CoreNlpQuoteBaseline baseline = CoreNlpQuoteBaseline.load();
            return d -> SystemQuote.of(baseline.annotate(d.text()));
        }, docs, match(), err);
    }

    /** A system, once its models are loaded: the quotes it reports on one document. */
    private interface LoadedSystem {
        List<SystemQuote> quotes(GoldDocument document);
    }

    /**
     * Loads a system and scores it on every document, timing the loading and the analysis apart and
     * sampling the heap; a document the system fails on is named on stderr and scored as finding nothing.
     */
    private static SystemEvaluation run(String name, java.util.function.Supplier<LoadedSystem> load,
                                        List<GoldDocument> docs, QuoteScorer.SpeakerMatch match, PrintWriter err) {
        try (HeapSampler heap = new HeapSampler()) {
            long t0 = System.nanoTime();
            LoadedSystem system = load.get();
            long t1 = System.nanoTime();
            QuoteScorer scorer = new QuoteScorer(match);
            long tokens = 0;
            for (GoldDocument d : docs) {
                List<SystemQuote> quotes;
                try {
                    quotes = system.quotes(d);
                } catch (NlpBackendException e) {
                    err.println("quotestance: " + name + " failed on " + d.name() + ", scored as finding nothing: " + e.getMessage());
                    quotes = List.of();
                }
                scorer.add(d, quotes);
                tokens += RunCost.countTokens(d.text());
            }
            long t2 = System.nanoTime();
            return new SystemEvaluation(name, scorer.score(),
                    new RunCost((t1 - t0) / 1e9, (t2 - t1) / 1e9, tokens, heap.peakAboveBaseline()));
        }
    }
}
