package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotestance.corenlp.baseline.CoreNlpQuoteBaseline;
import org.quotestance.io.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance bench}: times the Stanford CoreNLP quote pipeline a user would otherwise run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times Stanford CoreNLP's own quote extraction and attribution on the files, for comparison with"
                + " 'quotestance analyze'.", "Prints load, analysis and total time, tokens/s and quotes found."},
        footer = {"", "Example:", "  quotestance bench --corenlp news/*.txt",
                "", "scripts/speed.sh runs both tools on PolNeAR and prints the comparison."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corenlp", required = true,
            description = "Run CoreNLP with annotators " + CoreNlpQuoteBaseline.ANNOTATORS + " (the only baseline so far).")
    boolean corenlp;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files, one document each.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> texts = read();
        CoreNlpQuoteBaseline baseline = CoreNlpQuoteBaseline.load();
        long t0 = System.nanoTime();
        long tokens = 0;
        long quotes = 0;
        for (String text : texts) {
            CoreNlpQuoteBaseline.Result r = baseline.annotate(text);
            tokens += r.tokens();
            quotes += r.quotes().size();
        }
        double analysis = (System.nanoTime() - t0) / 1e9;
        report(texts.size(), tokens, quotes, baseline.loadMillis() / 1e3, analysis);
        return QuoteStanceCli.OK;
    }

    private List<String> read() {
        DocumentReader reader = DocumentReader.defaults();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ParameterException(spec.commandLine(), f + ": no such file");
            }
            texts.add(reader.read(f));
        }
        return texts;
    }

    private void report(int documents, long tokens, long quotes, double load, double analysis) {
        double total = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        PrintWriter out = spec.commandLine().getOut();
        out.println("CoreNLP baseline:  " + CoreNlpQuoteBaseline.ANNOTATORS);
        out.printf("load seconds:      %.1f%n", load);
        out.printf("analysis seconds:  %.1f%n", analysis);
        out.printf("total seconds:     %.1f (since JVM start)%n", total);
        out.printf("documents:         %d%n", documents);
        out.printf("tokens:            %d%n", tokens);
        out.printf("tokens/s:          %.0f%n", analysis > 0 ? tokens / analysis : 0);
        out.printf("quotes found:      %d%n", quotes);
        out.flush();
    }
}
