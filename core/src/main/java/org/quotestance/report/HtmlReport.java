package org.quotestance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.stance.Statement;
import org.quotestance.stance.StatementKind;
import org.quotestance.text.Span;

/**
 * Self-contained HTML views of analysed documents: no scripts, no fonts, nothing fetched from a network.
 * Each document shows its text with every quote highlighted in its speaker's colour, tagged with and linked
 * to its speaker, its cue outlined in the same colour; a speaker list with aliases and quote counts; and a
 * speaker × topic stance matrix whose cells show their evidence on hover (a tooltip) and on click (an
 * expanding list). {@link #page} is a whole report for a batch; {@link #fragment} one document for a notebook.
 */
public final class HtmlReport {

    /** A document that could not be analysed, listed in a batch report. */
    public record Failure(String document, String message) {

        public Failure {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Colours for speakers, distinct on white and under dark text. */
    private static final String[] PALETTE = {"#8ecae6", "#ffb703", "#b5e48c", "#f4a6c6", "#cdb4db", "#f6bd60",
            "#90e0ef", "#ffadad", "#a0c4ff", "#caffbf", "#ffd6a5", "#bdb2ff"};

    private static final String STYLE = """
            .qs{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;line-height:1.45}
            .qs h1{font-size:1.5em;margin:.2em 0}.qs h2{font-size:1.25em;margin:1.2em 0 .3em}.qs h3{font-size:1.05em;margin:.9em 0 .3em}
            .qs .qs-doc{border-top:2px solid #ddd;padding-top:.4em;margin-top:1em}
            .qs .qs-summary{color:#555;margin:.2em 0}
            .qs .qs-speakers{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.3em .9em}
            .qs .qs-speakers li{white-space:nowrap}
            .qs .qs-swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;vertical-align:-.1em;margin-right:.3em;border:1px solid #0003}
            .qs .qs-aliases,.qs .qs-count{color:#555;font-size:.9em}
            .qs .qs-article{white-space:pre-wrap;max-width:52em;border:1px solid #e4e4e4;border-radius:.3em;padding:.7em 1em;background:#fcfcfc}
            .qs mark.qs-q{border-radius:.2em;padding:0 .1em;color:inherit}
            .qs mark.qs-none{background:#eee;border-bottom:1px dashed #999}
            .qs mark.qs-q:target{outline:2px solid #333}
            .qs .qs-tag{font-size:.72em;vertical-align:super;margin-left:.15em;white-space:nowrap}
            .qs .qs-tag a{color:#333;text-decoration:none;border-radius:.2em;padding:0 .25em}
            .qs .qs-cue{border-bottom:2px solid;font-weight:600}
            .qs table.qs-matrix{border-collapse:collapse;margin:.4em 0}
            .qs table.qs-matrix th,.qs table.qs-matrix td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
            .qs table.qs-matrix th{background:#f3f3f3}
            .qs td.qs-FAVOR{background:#d8f3dc}.qs td.qs-AGAINST{background:#ffd6d6}.qs td.qs-NEUTRAL{background:#eeeeee}.qs td.qs-NONE{color:#777}
            .qs td details summary{cursor:pointer;font-weight:600}
            .qs td details ol{margin:.3em 0 0 1.1em;padding:0;max-width:34em;font-weight:normal}
            .qs .qs-doc-name{color:#666;font-size:.85em}
            .qs .qs-failures li{color:#a00}
            """;

    private HtmlReport() {
    }

    /** A whole HTML page for a batch: a stance matrix over all documents, then each document. */
    public static String page(List<DocumentAnalysis> documents, List<Failure> failures) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>QuoteStance report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body class=\"qs\">\n<h1>QuoteStance report</h1>\n");
        int quotes = documents.stream().mapToInt(d -> d.quotes().size()).sum();
        sb.append("<p class=\"qs-summary\">").append(documents.size()).append(documents.size() == 1 ? " document, " : " documents, ")
                .append(quotes).append(quotes == 1 ? " quote" : " quotes");
        if (!failures.isEmpty()) {
            sb.append(", ").append(failures.size()).append(" could not be analysed");
        }
        sb.append("</p>\n");
        if (!failures.isEmpty()) {
            sb.append("<h2>Not analysed</h2>\n<ul class=\"qs-failures\">\n");
            for (Failure f : failures) {
                sb.append("<li>").append(escape(f.message())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        StanceMatrix all = StanceMatrix.of(documents);
        if (!all.isEmpty() && documents.size() > 1) {
            sb.append("<h2>Stances across the documents</h2>\n").append(matrix(all, "all-"));
        }
        for (int i = 0; i < documents.size(); i++) {
            document(sb, documents.get(i), "d" + (i + 1) + "-");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** A stance matrix as a self-contained {@code <div>} (with its own style), for a notebook or another page. */
    public static String matrixFragment(StanceMatrix m) {
        return "<div class=\"qs\">\n<style>\n" + STYLE + "</style>\n" + matrix(m, "") + "</div>\n";
    }

    /** One document as a self-contained {@code <div>} (with its own style), for a notebook or another page. */
    public static String fragment(DocumentAnalysis document) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<div class=\"qs\">\n<style>\n").append(STYLE).append("</style>\n");
        // Ids unique per document, so that several fragments can share a notebook page.
        document(sb, document, "qs" + Integer.toHexString(Objects.hash(document.document(), document.text())) + "-");
        sb.append("</div>\n");
        return sb.toString();
    }

    private static void document(StringBuilder sb, DocumentAnalysis d, String id) {
        Map<String, String> colour = new HashMap<>();
        for (int i = 0; i < d.speakers().size(); i++) {
            colour.put(d.speakers().get(i).id(), PALETTE[i % PALETTE.length]);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Attribution a : d.attributions()) {
            if (a.speakerId() != null) {
                counts.merge(a.speakerId(), 1, Integer::sum);
            }
        }
        Map<String, Integer> reported = new HashMap<>();
        for (Statement st : d.statements()) {
            if (st.kind() == StatementKind.INDIRECT) {
                reported.merge(st.speakerId(), 1, Integer::sum);
            }
        }
        sb.append("<section class=\"qs-doc\" id=\"").append(id).append("doc\">\n<h2>").append(escape(d.document())).append("</h2>\n");
        long attributed = d.attributions().stream().filter(a -> a.speakerId() != null).count();
        sb.append("<p class=\"qs-summary\">").append(d.quotes().size()).append(" quotes, ").append(attributed)
                .append(" with a speaker, ").append(d.speakers().size()).append(d.speakers().size() == 1 ? " speaker" : " speakers")
                .append("</p>\n");
        if (!d.speakers().isEmpty()) {
            sb.append("<h3>Speakers</h3>\n<ul class=\"qs-speakers\">\n");
            for (Speaker s : d.speakers()) {
                int n = counts.getOrDefault(s.id(), 0);
                sb.append("<li id=\"").append(escape(id + s.id())).append("\"><span class=\"qs-swatch\" style=\"background:")
                        .append(colour.get(s.id())).append("\"></span><b>").append(escape(s.name())).append("</b>");
                List<String> aliases = s.aliases().stream().filter(a -> !a.equals(s.name())).toList();
                if (!aliases.isEmpty()) {
                    sb.append(" <span class=\"qs-aliases\">(").append(escape(String.join(", ", aliases))).append(")</span>");
                }
                int r = reported.getOrDefault(s.id(), 0);
                sb.append(" <span class=\"qs-count\">").append(n).append(n == 1 ? " quote" : " quotes");
                if (r > 0) {
                    sb.append(" + ").append(r).append(r == 1 ? " reported statement" : " reported statements");
                }
                sb.append("</span></li>\n");
            }
            sb.append("</ul>\n");
        }
        StanceMatrix m = StanceMatrix.of(d);
        if (!m.isEmpty()) {
            sb.append("<h3>Stances</h3>\n").append(matrix(m, id));
        }
        sb.append("<h3>Text</h3>\n<div class=\"qs-article\">").append(article(d, id, colour)).append("</div>\n</section>\n");
    }

    /**
     * One piece of markup around a span of the text. Where spans cross, an element is closed at the crossing and
     * opened again after it with {@code reopen} (the same element without its id).
     */
    private record Markup(Span span, String open, String reopen, String close, String after) {

        Markup(Span span, String open, String close, String after) {
            this(span, open, open.replaceFirst(" id=\"[^\"]*\"", ""), close, after);
        }
    }

    private static String article(DocumentAnalysis d, String id, Map<String, String> colour) {
        String text = d.text();
        List<Markup> marks = new ArrayList<>();
        int q = 0;
        for (Quote quote : d.quotes()) {
            q++;
            Attribution a = d.attributionOf(quote).orElse(null);
            Speaker s = a == null || a.speakerId() == null ? null : d.speaker(a.speakerId()).orElse(null);
            String qid = escape(id + "q" + q);
            if (s == null) {
                marks.add(new Markup(quote.span(), "<mark class=\"qs-q qs-none\" id=\"" + qid + "\" title=\""
                        + escape(quote.kind() + (quote.kind() == QuoteKind.SCARE || quote.kind() == QuoteKind.NESTED ? "" : ", no speaker found"))
                        + "\">", "</mark>", ""));
                continue;
            }
            String c = colour.get(s.id());
            // Every attribution has a cue; one without words in the text (an empty span) is named but not marked.
            boolean cueMarked = !a.cue().span().isEmpty();
            String cueId = escape(id + "c" + q);
            StringBuilder title = new StringBuilder(s.name());
            title.append(" \u2014 cue \u201c").append(a.cue().text()).append('\u201d');
            title.append(" \u2014 ").append(quote.kind()).append(String.format(Locale.ROOT, ", confidence %.2f", a.confidence()));
            String tag = "<sup class=\"qs-tag\"><a href=\"#" + escape(id + s.id()) + "\" style=\"background:" + c + "\" title=\""
                    + escape(s.name()) + "\">" + escape(shortName(s)) + "</a></sup>";
            marks.add(new Markup(quote.span(), "<mark class=\"qs-q\" id=\"" + qid + "\" data-speaker=\"" + escape(s.id())
                    + "\" style=\"background:" + c + "\" title=\"" + escape(title.toString()) + "\""
                    + (cueMarked ? " aria-describedby=\"" + cueId + "\"" : "") + ">", "</mark>", tag));
            if (cueMarked) {
                marks.add(new Markup(a.cue().span(), "<span class=\"qs-cue\" id=\"" + cueId + "\" style=\"border-color:" + c
                        + "\" title=\"" + escape("cue for " + s.name()) + "\">", "</span>", ""));
            }
        }
        return nest(text, marks);
    }

    /**
     * {@code text} escaped, with each markup around its span. The text is cut at every span edge; each piece is
     * wrapped in the spans that cover it, outermost (earliest start, then longest) first, so that elements always
     * nest: a span crossing another's edge is closed there and reopened. The tag after a span follows its real end.
     */
    private static String nest(String text, List<Markup> marks) {
        List<Markup> sorted = new ArrayList<>(marks);
        sorted.removeIf(m -> m.span().isEmpty() || m.span().end() > text.length());
        sorted.sort(Comparator.comparingInt((Markup m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Markup m : sorted) {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 160);
        List<Markup> open = new ArrayList<>();
        Set<Markup> opened = new HashSet<>();
        // A sweep over the cuts: the spans covering a piece are those started at or before it and not yet ended,
        // kept in start order, so the text is cut and wrapped in one pass however many quotes it holds.
        List<Markup> cover = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            final int a = from;
            final int b = to;
            cover.removeIf(m -> m.span().end() <= a);
            while (next < sorted.size() && sorted.get(next).span().start() <= a) {
                cover.add(sorted.get(next++));
            }
            int same = 0;
            while (same < open.size() && same < cover.size() && open.get(same) == cover.get(same)) {
                same++;
            }
            for (int i = open.size() - 1; i >= same; i--) {
                Markup m = open.remove(i);
                out.append(m.close());
                if (m.span().end() == a) {
                    out.append(m.after());
                }
            }
            for (int i = same; i < cover.size(); i++) {
                Markup m = cover.get(i);
                out.append(opened.add(m) ? m.open() : m.reopen());
                open.add(m);
            }
            out.append(escape(text.substring(a, b)));
            from = to;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append(open.get(i).close()).append(open.get(i).after());
        }
        return out.toString();
    }

    /** The speaker's last name word, for the tag after a quote: "Blinken" for "Antony Blinken". */
    private static String shortName(Speaker s) {
        String[] words = s.name().trim().split("\\s+");
        return s.name().length() <= 14 || words.length == 1 ? s.name() : words[words.length - 1];
    }

    /** The stance matrix as a table; each cell's evidence in a tooltip and in a list that opens on click. */
    static String matrix(StanceMatrix m, String id) {
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"qs-matrix\"").append(id.isEmpty() ? "" : " id=\"" + id + "matrix\"").append(">\n<tr><th>speaker</th>");
        for (String t : m.topics()) {
            sb.append("<th>").append(escape(t)).append("</th>");
        }
        sb.append("</tr>\n");
        boolean manyDocuments = m.speakers().stream().flatMap(s -> m.topics().stream().map(t -> m.cell(s, t)))
                .flatMap(java.util.Optional::stream).flatMap(c -> c.evidence().stream()).map(StanceMatrix.Evidence::document)
                .distinct().count() > 1;
        for (String s : m.speakers()) {
            sb.append("<tr><th>").append(escape(s)).append("</th>");
            for (String t : m.topics()) {
                StanceMatrix.Cell c = m.cell(s, t).orElse(null);
                if (c == null) {
                    sb.append("<td class=\"qs-NONE\">\u2013</td>");
                    continue;
                }
                if (c.label() == null) {
                    sb.append("<td class=\"qs-NONE\" title=\"").append(escape(s)).append(" does not speak to ").append(escape(t))
                            .append("\">NONE</td>");
                    continue;
                }
                StringBuilder tip = new StringBuilder();
                StringBuilder list = new StringBuilder();
                for (StanceMatrix.Evidence e : c.evidence()) {
                    String words = e.text().replaceAll("\\s+", " ").trim();
                    tip.append(tip.isEmpty() ? "" : "\n").append("\u2022 ").append(words);
                    list.append("<li>").append(escape(words));
                    if (manyDocuments) {
                        list.append(" <span class=\"qs-doc-name\">").append(escape(e.document())).append("</span>");
                    }
                    list.append("</li>");
                }
                sb.append("<td class=\"qs-").append(c.labelName()).append("\" title=\"").append(escape(tip.toString()))
                        .append("\"><details><summary>").append(escape(StanceMatrix.shortText(c))).append("</summary><ol>")
                        .append(list).append("</ol></details></td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        return sb.toString();
    }

    /** Text escaped for HTML content and double-quoted attributes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
