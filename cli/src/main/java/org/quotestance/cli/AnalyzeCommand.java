package org.quotestance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.SampleArticle;
import org.quotestance.entity.RosterEntry;
import org.quotestance.io.DocumentReader;
import org.quotestance.io.RosterReader;
import org.quotestance.io.UnreadableDocumentException;
import org.quotestance.report.HtmlReport;
import org.quotestance.report.JsonLines;
import org.quotestance.report.TextTable;
import org.quotestance.report.Tsv;
import org.quotestance.topic.Topic;
import org.quotestance.topic.TopicReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotestance analyze}: JSON Lines for every input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds every quote in the documents, who said it, and where each speaker stands on the topics.",
                "With no input, analyzes a built-in sample article."},
        footer = {"", "Examples:",
                "  quotestance analyze                                  # the built-in sample article",
                "  quotestance analyze news/ > quotes.jsonl              # every file under news/, JSON Lines",
                "  quotestance analyze --glob '*.txt' --format tsv news/ > quotes.tsv",
                "  quotestance analyze --html report.html news/          # also a report to open in a browser",
                "  cat a.txt | quotestance analyze -",
                "  quotestance analyze --roster people.json --topics topics.json --threads 2 news/",
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

    /** Output formats. */
    enum Format { jsonl, tsv, table, html }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output: jsonl (one JSON object per document), tsv (one row per quote), table (quotes grouped by"
                    + " speaker), html (one self-contained page). Default: table on a terminal, jsonl otherwise.")
    Format format;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report of all documents: highlighted quotes, speakers, stance matrix.")
    Path html;

    @Option(names = "--glob", paramLabel = "GLOB",
            description = "In folders, analyze only files whose path below the folder matches, e.g. '*.txt' (a file name"
                    + " anywhere) or 'world/**.txt'. Files named on the command line are always analyzed.")
    String glob;

    @Option(names = "--progress", negatable = true, fallbackValue = "true",
            description = "A progress bar on stderr (default: for several documents when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analyzed in parallel (default: ${DEFAULT-VALUE}); output keeps input order.")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One document to analyze, or an input that could not be turned into one ({@code problem} set). */
    private record Input(String name, Path path, byte[] stdin, String problem) {

        static Input problem(String name, String message) {
            return new Input(name, null, null, name + ": " + message);
        }
    }

    /** A document's analysis, or the message of why there is none. */
    private record Outcome(DocumentAnalysis analysis, String error) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1, not " + maxBytes);
        }
        PathMatcher matcher = matcher();
        if (html != null) {
            checkWritable(html);
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "- (stdin) can be given only once");
        }
        // Topic and roster files are read before anything else, so that a bad one is a usage error up front.
        List<Topic> userTopics = topics == null ? null : new TopicReader().read(topics);
        List<RosterEntry> userRoster = roster == null ? null : new RosterReader().read(roster);
        Format fmt = format != null ? format : Terminal.stdoutIsTerminal() ? Format.table : Format.jsonl;
        DocumentReader reader = new DocumentReader(maxBytes);
        List<Input> docs = collect(matcher, reader);
        int failed = 0;
        QuoteStance pipeline = docs.stream().anyMatch(d -> d.problem() == null) ? pipeline(err, userTopics, userRoster) : null;
        boolean keep = html != null || fmt == Format.html;
        List<DocumentAnalysis> analysed = new ArrayList<>();
        List<HtmlReport.Failure> failures = new ArrayList<>();
        if (fmt == Format.tsv) {
            out.println(Tsv.HEADER);
        }
        // By default the bar shows only when it cannot mix with the output on one terminal.
        boolean showProgress = progress != null ? progress
                : docs.size() > 1 && Terminal.stderrIsTerminal() && !Terminal.stdoutIsTerminal();
        int workers = Math.max(1, Math.min(threads, docs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (Progress bar = showProgress ? Progress.on(err, docs.size()) : Progress.none(err)) {
            // A bounded window of documents in flight: finished results do not pile up behind a slow one.
            ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            for (int k = 0; k < docs.size(); k++) {
                while (next < docs.size() && window.size() < 2 * workers) {
                    Input in = docs.get(next++);
                    window.add(pool.submit(() -> analyze(pipeline, reader, in)));
                }
                Outcome o = window.poll().get();
                bar.step();
                String name = docs.get(k).name();
                if (o.error() != null) {
                    bar.message("quotestance: " + o.error());
                    failed++;
                    failures.add(new HtmlReport.Failure(name, o.error()));
                } else if (keep) {
                    analysed.add(o.analysis());
                }
                String text = switch (fmt) {
                    case jsonl -> (o.error() != null ? JsonLines.error(name, o.error()) : JsonLines.toJson(o.analysis())) + "\n";
                    case tsv -> o.error() != null ? Tsv.error(name, o.error()) : Tsv.rows(o.analysis());
                    case table -> o.error() != null ? "!! " + o.error() + "\n\n" : TextTable.render(o.analysis());
                    case html -> ""; // one page at the end
                };
                bar.beforeOutput();
                out.print(text);
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        if (keep) {
            String page = HtmlReport.page(analysed, failures);
            if (fmt == Format.html) {
                out.print(page);
                out.flush();
            }
            if (html != null) {
                Files.writeString(html, page, StandardCharsets.UTF_8);
                err.println("quotestance: report written to " + html);
                err.flush();
            }
        }
        return failed == 0 ? QuoteStanceCli.OK : QuoteStanceCli.SOME_FAILED;
    }

    /** The --glob matcher, or null to take every file. */
    private PathMatcher matcher() {
        if (glob == null) {
            return null;
        }
        try {
            // A pattern without a slash matches a file name at any depth, as users expect of '*.txt'; one that
            // starts with **/ also matches at the top of the folder ('**/*.txt' takes a.txt).
            String deepPattern = glob.contains("/") ? glob : "**/" + glob;
            String topPattern = glob.startsWith("**/") ? glob.substring(3) : glob;
            PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + deepPattern);
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + topPattern);
            return p -> deep.matches(p) || top.matches(p);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--glob " + glob + ": " + e.getMessage());
        }
    }

    /** Fails early, before any model loads, when the report cannot be written. */
    private void checkWritable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)
                || (Files.exists(file) && !Files.isWritable(file))) {
            throw new ParameterException(spec.commandLine(), "--html " + file + ": cannot write there");
        }
    }

    private static QuoteStance pipeline(PrintWriter err, List<Topic> topics,
                                        List<RosterEntry> roster) {
        err.println("quotestance: loading the tagger and named-entity models (a few seconds; the stance models follow"
                + " at the first statement on a topic)...");
        err.flush();
        QuoteStance.Builder builder = QuoteStance.builder();
        if (topics != null) {
            builder.topics(topics);
        }
        if (roster != null) {
            builder.roster(roster);
        }
        return builder.build();
    }

    private static Outcome analyze(QuoteStance pipeline, DocumentReader reader, Input in) {
        if (in.problem() != null) {
            return new Outcome(null, in.problem());
        }
        try {
            String text = in.path() != null ? reader.read(in.path())
                    : in.stdin() != null ? reader.decode(in.name(), in.stdin()) : SampleArticle.text();
            return new Outcome(pipeline.analyze(in.name(), text), null);
        } catch (UnreadableDocumentException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One document that breaks the analysis must not cost the user the others.
            String msg = in.name() + ": analysis failed: " + e;
            return new Outcome(null, msg);
        }
    }

    /**
     * Every input in order: files, the files of folders (sorted; hidden files and folders skipped; a file or
     * folder that cannot be read becomes a problem of its own), stdin, or the sample article.
     */
    private List<Input> collect(PathMatcher matcher, DocumentReader reader) {
        List<Input> docs = new ArrayList<>();
        if (inputs.isEmpty()) {
            docs.add(new Input(SampleArticle.NAME, null, null, null));
            return docs;
        }
        for (String arg : inputs) {
            if (arg.equals("-")) {
                try {
                    docs.add(new Input("-", null, reader.readBounded("-", System.in), null));
                } catch (UnreadableDocumentException e) {
                    docs.add(new Input("-", null, null, e.getMessage()));
                } catch (IOException e) {
                    docs.add(Input.problem("-", "cannot read stdin: " + e.getMessage()));
                }
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                int before = docs.size();
                walk(p, matcher, docs);
                if (docs.size() == before) {
                    docs.add(Input.problem(arg, matcher == null ? "folder holds no files" : "folder holds no files matching " + glob));
                }
            } else if (Files.exists(p)) {
                docs.add(new Input(arg, p, null, null));
            } else {
                docs.add(Input.problem(arg, "no such file or folder"));
            }
        }
        return docs;
    }

    /** The files below {@code root}, sorted by path; each file or folder that cannot be listed or visited is a problem. */
    private static void walk(Path root, PathMatcher matcher, List<Input> docs) {
        TreeMap<Path, Input> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && (matcher == null || matcher.matches(root.relativize(file)))) {
                        found.put(file, new Input(file.toString(), file, null, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.put(file, Input.problem(file.toString(), "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(root, Input.problem(root.toString(), "cannot list folder: " + e.getMessage()));
        }
        docs.addAll(found.values());
    }
}
