package org.quotestance.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.quotestance.SampleArticle;

/**
 * The project's own news articles, written and annotated for the evaluation in house styles (wire, British
 * single quotes, features, samples: {@code eval/samples}, {@code eval/styles}, {@code eval/styles-2}), and the
 * built-in sample article: 21 articles, by name.
 */
final class Articles {

    private static final Path EVAL = Path.of("..", "eval");

    private Articles() {
    }

    static Map<String, String> own() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String set : new String[] {"samples", "styles", "styles-2"}) {
            try (Stream<Path> files = Files.list(EVAL.resolve(set))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.put(set + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.put(SampleArticle.NAME, SampleArticle.text());
        return out;
    }
}
