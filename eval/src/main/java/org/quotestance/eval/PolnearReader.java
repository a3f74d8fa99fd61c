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
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

/**
 * Reads PolNeAR's brat standoff layout: {@code text/<article>.txt} and
 * {@code attributions/<article>_<annotator>.ann}. Where an article has two annotators, the file whose
 * annotator id sorts first is used, so runs are repeatable.
 *
 * <p>PolNeAR annotates attributions (source, cue, content), not quotations, so the gold quotations are
 * derived: every pair of double quote marks inside an attribution's content is one gold quote, DIRECT
 * when the whole content is wrapped in quote marks and PARTIAL when the marks quote a fragment of
 * reported speech; its speaker is the annotated source mention as written ("he", "Trump"). Quote marks
 * outside every attribution (scare quotes, titles) are not gold quotes.
 *
 * <p>A malformed annotation file, or one whose text is missing, is skipped with a problem naming the
 * file and line; the other articles are still read.
 */
public final class PolnearReader {

    private static final java.util.regex.Pattern ANNOTATION_LINE = java.util.regex.Pattern.compile("[TERAN#*]\\d+\t");

    /**
     * Reads every article of {@code dir} in name order.
     *
     * @throws org.quotestance.io.InvalidInputException when {@code dir} is not a PolNeAR folder
     * @throws IOException                               when a folder cannot be listed
     */
    public GoldCorpus read(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new org.quotestance.io.InvalidInputException(dir + ": not a PolNeAR folder (needs text/ and attributions/)");
        }
        Map<String, List<Path>> byArticle = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(anns)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                byArticle.computeIfAbsent(articleOf(p), k -> new ArrayList<>()).add(p);
            }
        }
        List<GoldDocument> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int twoAnnotators = 0;
        for (Map.Entry<String, List<Path>> e : byArticle.entrySet()) {
            String article = e.getKey();
            Path ann = e.getValue().get(0);
            twoAnnotators += e.getValue().size() > 1 ? 1 : 0;
            Path t = texts.resolve(article + ".txt");
            if (!Files.isRegularFile(t)) {
                problems.add(ann + ": its text " + t + " is missing; article skipped");
                continue;
            }
            String text;
            try {
                text = Files.readString(t, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                problems.add(t + ": " + reason(ex) + "; article skipped");
                continue;
            }
            try {
                String annotator = ann.getFileName().toString().substring(article.length() + 1).replaceFirst("\\.ann$", "");
                out.add(new GoldDocument(article, "annotator " + annotator, text, quotes(parse(ann, text), text)));
            } catch (IOException ex) {
                problems.add(ann + ": " + reason(ex) + "; article skipped");
            } catch (MalformedGoldException ex) {
                problems.add(ex.getMessage() + "; article skipped");
            }
        }
        String description = "PolNeAR " + dir + ": " + out.size() + " articles; " + twoAnnotators
                + " have two annotators, of whom the one whose id sorts first is used";
        return new GoldCorpus(description, out, problems);
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : "cannot read: " + e;
    }

    /** The article name of {@code <article>_<annotator>.ann}. */
    private static String articleOf(Path ann) {
        String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
        int cut = base.lastIndexOf('_');
        return cut > 0 ? base.substring(0, cut) : base;
    }

    /** An annotation the reader cannot use; the message names the file and line. */
    static final class MalformedGoldException extends Exception {
        MalformedGoldException(String message) {
            super(message);
        }
    }

    private record TextBound(String type, List<Span> parts) {
    }

    /** One annotated attribution: its content's parts and its source mention (null when none). */
    record Attribution(List<Span> contentParts, Span source) {
    }

    static List<Attribution> parse(Path ann, String text) throws IOException, MalformedGoldException {
        Map<String, TextBound> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
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
                            throw new IllegalArgumentException("span " + sp.start() + "-" + sp.end()
                                    + " ends after the text (" + text.length() + " chars)");
                        }
                        parts.add(sp);
                    }
                    bounds.put(f[0], new TextBound(typeAndSpans[0], parts));
                } else if (f[0].startsWith("E")) {
                    events.add(f[1].split(" "));
                    eventLines.add(n + 1);
                }
            } catch (RuntimeException e) {
                throw new MalformedGoldException(ann + ":" + (n + 1) + ": malformed annotation: " + e.getMessage());
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            TextBound content = null;
            TextBound source = null;
            for (String arg : events.get(e)) {
                String[] kv = arg.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                TextBound tb = bounds.get(kv[1]);
                if (tb == null) {
                    throw new MalformedGoldException(ann + ":" + eventLines.get(e) + ": malformed annotation: "
                            + kv[1] + " is not defined");
                }
                if (kv[0].startsWith("Content")) {
                    content = tb;
                } else if (kv[0].startsWith("Source")) {
                    source = tb;
                }
            }
            if (content != null) {
                out.add(new Attribution(content.parts(), source == null ? null : source.parts().get(0)));
            }
        }
        return out;
    }

    /** The gold quotations: each pair of double quote marks inside an attribution's content, first annotation wins. */
    static List<GoldQuote> quotes(List<Attribution> attributions, String text) {
        Map<Span, GoldQuote> bySpan = new java.util.LinkedHashMap<>();
        for (Attribution a : attributions) {
            int start = a.contentParts().stream().mapToInt(Span::start).min().orElseThrow();
            int end = a.contentParts().stream().mapToInt(Span::end).max().orElseThrow();
            QuoteKind kind = isDirect(text.substring(start, end)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            String sourceText = a.source() == null ? null : a.source().textOf(text).strip();
            for (Span part : a.contentParts()) {
                for (Span q : quoted(text, part)) {
                    bySpan.putIfAbsent(q, new GoldQuote(q, kind, sourceText, List.of(), a.source(),
                            MentionCategory.of(text, q, sourceText, a.source())));
                }
            }
        }
        return new ArrayList<>(bySpan.values());
    }

    /**
     * The spans of {@code part} between paired double quote marks. An unpaired opening mark runs to the
     * part's end; a closing mark before any opening one (a content that starts inside a quote) reaches back
     * to its opening mark on the same line. A straight mark opens after a space or line start and closes
     * otherwise.
     */
    static List<Span> quoted(String text, Span part) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = part.start(); i < part.end(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '\u201C' || c == '"' && opens(text, i);
            boolean closing = c == '\u201D' || c == '"' && !opens(text, i);
            if (open < 0 && opening) {
                open = i;
            } else if (open >= 0 && (closing || c == '"')) {
                out.add(new Span(open, i + 1));
                open = -1;
            } else if (open < 0 && closing && out.isEmpty()) {
                int back = openingBefore(text, part.start());
                if (back >= 0) {
                    out.add(new Span(back, i + 1));
                }
            }
        }
        if (open >= 0 && part.end() - open > 1) {
            out.add(new Span(open, part.end()));
        }
        return out;
    }

    /** Whether the straight mark at {@code i} opens a quote: it follows a space, a bracket or the line start. */
    private static boolean opens(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The opening double quote mark nearest before {@code from} on the same line, or -1. */
    private static int openingBefore(String text, int from) {
        for (int k = from - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == '\u201C' || c == '"' && opens(text, k)) {
                return k;
            }
            if (c == '\u201D') {
                return -1;
            }
        }
        return -1;
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
