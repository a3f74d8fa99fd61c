package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.SampleArticle;
import org.quotestance.io.DocumentReader;
import org.quotestance.io.JsonLines;
import org.quotestance.io.RosterReader;
import org.quotestance.io.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotestance analyze}: JSON Lines for every input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds every quote in the documents and who said it; prints one JSON object per document.",
                "With no input, analyzes a built-in sample article."},
        footer = {"", "Examples:",
                "  quotestance analyze                      # the built-in sample article",
                "  quotestance analyze news/ > quotes.jsonl  # every file under news/",
                "  cat a.txt | quotestance analyze -",
                "  quotestance analyze --roster people.json news/",
                "", "Exit codes: 0 all documents analyzed, 1 some failed (error records in the output), 2 usage."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR|-", description = "Text files, folders (read recursively) or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--roster", paramLabel = "FILE",
            description = "JSON list of known people and organisations: name, aliases, type, role, affiliation.")
    Path roster;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analyzed in parallel (default: ${DEFAULT-VALUE}); output keeps input order.")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private record Input(String name, Path path, byte[] stdin) {
    }

    private record Outcome(String line, String error) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        List<Input> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        collect(docs, problems);
        int failed = 0;
        for (String p : problems) {
            err.println("quotestance: " + p);
        }
        failed += problems.size();
        if (!docs.isEmpty()) {
            QuoteStance.Builder builder = QuoteStance.builder();
            if (roster != null) {
                builder.roster(new RosterReader().read(roster));
            }
            QuoteStance pipeline = builder.build();
            DocumentReader reader = DocumentReader.defaults();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, docs.size()));
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (Input in : docs) {
                    futures.add(pool.submit(() -> analyze(pipeline, reader, in)));
                }
                for (Future<Outcome> f : futures) {
                    Outcome o = f.get();
                    out.println(o.line());
                    out.flush();
                    if (o.error() != null) {
                        err.println("quotestance: " + o.error());
                        failed++;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        for (String p : problems) {
            out.println(JsonLines.error(p.substring(0, Math.max(0, p.indexOf(':'))), p));
        }
        out.flush();
        return failed == 0 ? QuoteStanceCli.OK : QuoteStanceCli.SOME_FAILED;
    }

    private static Outcome analyze(QuoteStance pipeline, DocumentReader reader, Input in) {
        try {
            String text = in.path() != null ? reader.read(in.path())
                    : in.stdin() != null ? reader.decode(in.name(), in.stdin()) : SampleArticle.text();
            DocumentAnalysis a = pipeline.analyze(in.name(), text);
            return new Outcome(JsonLines.toJson(a), null);
        } catch (UnreadableDocumentException e) {
            return new Outcome(JsonLines.error(in.name(), e.getMessage()), e.getMessage());
        } catch (RuntimeException e) {
            String msg = in.name() + ": analysis failed: " + e;
            return new Outcome(JsonLines.error(in.name(), msg), msg);
        }
    }

    private void collect(List<Input> docs, List<String> problems) throws IOException {
        if (inputs.isEmpty()) {
            docs.add(new Input(SampleArticle.NAME, null, null));
            return;
        }
        for (String arg : inputs) {
            if (arg.equals("-")) {
                docs.add(new Input("-", null, System.in.readAllBytes()));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList();
                }
                if (files.isEmpty()) {
                    problems.add(arg + ": folder holds no files");
                }
                for (Path f : files) {
                    docs.add(new Input(f.toString(), f, null));
                }
            } else if (Files.exists(p)) {
                docs.add(new Input(arg, p, null));
            } else {
                problems.add(arg + ": no such file or folder");
            }
        }
    }
}
