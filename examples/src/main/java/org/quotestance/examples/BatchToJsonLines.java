package org.quotestance.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quotestance.QuoteStance;
import org.quotestance.io.DocumentReader;
import org.quotestance.io.UnreadableDocumentException;
import org.quotestance.report.JsonLines;

/**
 * Batch: analyze every {@code *.txt} file below a folder with one {@link QuoteStance} and write JSON Lines,
 * one object per file in path order. A file that is not UTF-8 text (binary, another encoding, over 4 MiB)
 * becomes an error record {@code {"document": …, "error": …}} in its place and the batch goes on; the exit
 * code is 1 when any file failed.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -pl examples -am package
 * java -cp "examples/target/classes:$(cat examples/target/runtime-classpath.txt)" \
 *     org.quotestance.examples.BatchToJsonLines news/ news.jsonl     # no second argument: JSON Lines on stdout
 * </pre>
 */
public final class BatchToJsonLines {

    private BatchToJsonLines() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: BatchToJsonLines <folder> [<output.jsonl>]  (the folder must exist)");
            System.exit(2);
        }
        QuoteStance quoteStance = QuoteStance.builder().build(); // one instance, thread-safe, for every document
        Path folder = Path.of(args[0]);
        int failed;
        if (args.length == 2) {
            try (OutputStream file = Files.newOutputStream(Path.of(args[1]))) {
                failed = writeJsonLines(quoteStance, folder, new PrintStream(file, false, StandardCharsets.UTF_8));
            }
        } else {
            failed = writeJsonLines(quoteStance, folder, new PrintStream(System.out, false, StandardCharsets.UTF_8));
        }
        if (failed > 0) {
            System.err.println("BatchToJsonLines: " + failed + " file(s) could not be analyzed");
            System.exit(1);
        }
    }

    /**
     * Writes one JSON line per {@code *.txt} file below {@code folder} (recursively, sorted by path) to
     * {@code out}, naming each document by its path relative to {@code folder}.
     *
     * @return the number of files that could not be read, each written as an error record
     */
    static int writeJsonLines(QuoteStance quoteStance, Path folder, PrintStream out) throws IOException {
        DocumentReader reader = DocumentReader.defaults();
        int failed = 0;
        for (Path file : textFiles(folder)) {
            String name = folder.relativize(file).toString();
            try {
                out.println(JsonLines.toJson(quoteStance.analyze(name, reader.read(file))));
            } catch (UnreadableDocumentException e) {
                out.println(JsonLines.error(name, e.getMessage()));
                System.err.println("BatchToJsonLines: " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        return failed;
    }

    /** The {@code *.txt} files below {@code folder}, sorted by path. */
    static List<Path> textFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }
}
