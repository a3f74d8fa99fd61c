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
                "  quotestance analyze --topics topics.json news/",
                "", "Exit codes: 0 all documents analyzed, 1 some failed (error records in the output), 2 usage."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR|-", description = "Text files, folders (read recursively) or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--topics", paramLabel = "FILE",
            description = "JSON topics to report stances on (id, label, target, aliases, patterns, references, examples)"
                    + " instead of the built-in US-Russia 2021 set.")
    Path topics;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "JSON list of known people and organisations: name, aliases, type, role, affiliation.")
    Path roster;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest file to analyze, in bytes (default: ${DEFAULT-VALUE}); larger ones are reported and skipped.")
    long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analyzed in parallel (default: ${DEFAULT-VALUE}); output keeps input order.")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One document to analyze, or an input that could not be turned into one ({@code problem} set). */
    private record Input(String name, Path path, byte[] stdin, String problem) {

        static Input problem(String name, String message) {
            return new Input(name, null, null, name + ": " + message);
        }
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
        List<Input> docs = collect();
        int failed = 0;
        if (maxBytes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be at least 1, not " + maxBytes);
        }
        QuoteStance pipeline = docs.stream().anyMatch(d -> d.problem() == null) ? pipeline(err) : null;
        DocumentReader reader = new DocumentReader(maxBytes);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, docs.size())));
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
        return failed == 0 ? QuoteStanceCli.OK : QuoteStanceCli.SOME_FAILED;
    }

    private QuoteStance pipeline(PrintWriter err) {
        err.println("quotestance: loading the tagger and named-entity models (a few seconds)...");
        err.flush();
        QuoteStance.Builder builder = QuoteStance.builder();
        if (topics != null) {
            builder.topics(new org.quotestance.topic.TopicReader().read(topics));
        }
        if (roster != null) {
            builder.roster(new RosterReader().read(roster));
        }
        return builder.build();
    }

    private static Outcome analyze(QuoteStance pipeline, DocumentReader reader, Input in) {
        if (in.problem() != null) {
            return new Outcome(JsonLines.error(in.name(), in.problem()), in.problem());
        }
        try {
            String text = in.path() != null ? reader.read(in.path())
                    : in.stdin() != null ? reader.decode(in.name(), in.stdin()) : SampleArticle.text();
            DocumentAnalysis a = pipeline.analyze(in.name(), text);
            return new Outcome(JsonLines.toJson(a), null);
        } catch (UnreadableDocumentException e) {
            return new Outcome(JsonLines.error(in.name(), e.getMessage()), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One document that breaks the analysis must not cost the user the others.
            String msg = in.name() + ": analysis failed: " + e;
            return new Outcome(JsonLines.error(in.name(), msg), msg);
        }
    }

    /** Every input in order: files, the files of folders (sorted), stdin, or the sample article. */
    private List<Input> collect() throws IOException {
        List<Input> docs = new ArrayList<>();
        if (inputs.isEmpty()) {
            docs.add(new Input(SampleArticle.NAME, null, null, null));
            return docs;
        }
        for (String arg : inputs) {
            if (arg.equals("-")) {
                docs.add(new Input("-", null, System.in.readAllBytes(), null));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    docs.add(Input.problem(arg, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    docs.add(Input.problem(arg, "folder holds no files"));
                }
                for (Path f : files) {
                    docs.add(new Input(f.toString(), f, null, null));
                }
            } else if (Files.exists(p)) {
                docs.add(new Input(arg, p, null, null));
            } else {
                docs.add(Input.problem(arg, "no such file or folder"));
            }
        }
        return docs;
    }
}
