package org.quotestance.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.eval.DirectQuoteScore;
import org.quotestance.eval.DirectQuoteScorer;
import org.quotestance.eval.GoldDocument;
import org.quotestance.eval.PolnearReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance evaluate}: scores attribution of direct quotes on an annotated corpus. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores direct-quote attribution on a PolNeAR folder (text/ and attributions/).",
                "PolNeAR: networkdynamics/PolNeAR on GitHub."},
        footer = {"", "Example:", "  quotestance evaluate ../shared/data/polnear/dev --errors misses.txt"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A PolNeAR folder with text/ and attributions/.")
    Path dir;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every missed gold quote, with context, to FILE.")
    Path errors;

    @Option(names = "--name-variants", description = "List every speaker whose names were merged across spellings.")
    boolean nameVariants;

    @Option(names = "--min-right-source", paramLabel = "SHARE",
            description = "Exit 1 when the share of gold direct quotes found with the right source is below SHARE (0-1).")
    double minimum = 0;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldDocument> docs = new PolnearReader().read(dir);
        QuoteStance pipeline = QuoteStance.builder().build();
        DirectQuoteScorer scorer = new DirectQuoteScorer();
        long t0 = System.nanoTime();
        for (GoldDocument d : docs) {
            DocumentAnalysis a = pipeline.analyze(d.name(), d.text());
            scorer.add(d, a);
        }
        DirectQuoteScore score = scorer.score();
        out.println(score);
        out.printf("analysis time %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.println("by rule (gold direct quotes the rule attributed: right source):");
        score.byRule().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.printf("  %-18s %4d  %5.1f%%%n", e.getKey(), e.getValue().attributed(), 100 * e.getValue().share()));
        out.println("speakers merged across spellings: " + score.variantMerges().size());
        if (nameVariants) {
            score.variantMerges().forEach(m -> out.println("  " + m));
        }
        if (errors != null) {
            Files.write(errors, score.errors());
            out.println("misses written to " + errors);
        }
        if (score.rightSourceShare() < minimum) {
            spec.commandLine().getErr().printf("quotestance: right-source share %.3f is below the floor %.3f%n",
                    score.rightSourceShare(), minimum);
            return QuoteStanceCli.SOME_FAILED;
        }
        return QuoteStanceCli.OK;
    }
}
