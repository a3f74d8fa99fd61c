package org.quotestance.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.quotestance.text.Span;

/**
 * Reads PolNeAR's brat standoff layout: {@code text/<article>.txt} and
 * {@code attributions/<article>_<annotator>.ann}. Where an article has two annotators, the file whose
 * annotator id sorts first is used, so runs are repeatable. Malformed lines fail with the file and line.
 */
public final class PolnearReader {

    private static final java.util.regex.Pattern ANNOTATION_LINE = java.util.regex.Pattern.compile("[TERAN#*]\\d+\t");

    /** Reads every article of {@code dir} in name order. */
    public List<GoldDocument> read(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException(dir + ": not a PolNeAR folder (needs text/ and attributions/)");
        }
        Map<String, Path> chosen = new HashMap<>();
        try (Stream<Path> s = Files.list(anns)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                String base = p.getFileName().toString().replaceFirst("\\.ann$", "");
                int cut = base.lastIndexOf('_');
                String article = cut > 0 ? base.substring(0, cut) : base;
                chosen.putIfAbsent(article, p);
            }
        }
        List<GoldDocument> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(texts)) {
            for (Path t : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String article = t.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = chosen.get(article);
                if (ann == null) {
                    continue;
                }
                String text = Files.readString(t, StandardCharsets.UTF_8);
                String annotator = ann.getFileName().toString().substring(article.length() + 1).replaceFirst("\\.ann$", "");
                out.add(new GoldDocument(article, annotator, text, parse(ann, text)));
            }
        }
        return out;
    }

    private record TextBound(String type, List<Span> parts) {
    }

    static List<GoldAttribution> parse(Path ann, String text) throws IOException {
        Map<String, TextBound> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || !ANNOTATION_LINE.matcher(line).lookingAt()) {
                continue; // blank, or the rest of a covered text that itself holds a line break
            }
            String[] f = line.split("\t");
            try {
                if (f[0].startsWith("T")) {
                    String[] typeAndSpans = f[1].split(" ", 2);
                    List<Span> parts = new ArrayList<>();
                    for (String part : typeAndSpans[1].split(";")) {
                        String[] se = part.trim().split(" ");
                        Span sp = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                        if (sp.end() > text.length()) {
                            throw new IllegalArgumentException("span " + sp + " ends after the text (" + text.length() + " chars)");
                        }
                        parts.add(sp);
                    }
                    bounds.put(f[0], new TextBound(typeAndSpans[0], parts));
                } else if (f[0].startsWith("E")) {
                    events.add(f[1].split(" "));
                }
            } catch (RuntimeException e) {
                throw new IOException(ann + ":" + (n + 1) + ": malformed annotation: " + e.getMessage(), e);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] ev : events) {
            TextBound content = null;
            TextBound source = null;
            for (String arg : ev) {
                String[] kv = arg.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                TextBound tb = bounds.get(kv[1]);
                if (kv[0].startsWith("Content")) {
                    content = tb;
                } else if (kv[0].startsWith("Source")) {
                    source = tb;
                }
            }
            if (content == null) {
                continue;
            }
            int start = content.parts().stream().mapToInt(Span::start).min().orElseThrow();
            int end = content.parts().stream().mapToInt(Span::end).max().orElseThrow();
            Span whole = new Span(start, end);
            Span src = source == null ? null : source.parts().get(0);
            out.add(new GoldAttribution(whole, content.parts(), src, src == null ? "" : src.textOf(text),
                    isDirect(whole.textOf(text))));
        }
        return out;
    }

    /** Content wrapped in quote marks: it opens with one and closes with one (trailing punctuation aside). */
    static boolean isDirect(String content) {
        String c = content.strip();
        if (c.length() < 2) {
            return false;
        }
        char first = c.charAt(0);
        int k = c.length() - 1;
        while (k > 0 && ".,;:".indexOf(c.charAt(k)) >= 0) {
            k--;
        }
        char last = c.charAt(k);
        return (first == '\u201C' || first == '"') && (last == '\u201D' || last == '"');
    }
}
