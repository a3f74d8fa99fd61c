package org.quotestance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.text.OneLine;

/**
 * A readable terminal view of one document: its quotes grouped by speaker (speakers in order of appearance,
 * quotes without a speaker last), then its stance matrix.
 */
public final class TextTable {

    /** The most code points of a quote's text shown on its line; set by hand for a terminal. */
    private static final int TEXT_WIDTH = 90;
    /** The most code points of a document's name shown in its heading; set by hand for a terminal. */
    private static final int DOCUMENT_WIDTH = 200;
    /** The most code points of a speaker's name, and of its aliases, shown; set by hand for a terminal. */
    private static final int NAME_WIDTH = 80;

    private TextTable() {
    }

    /** The view of {@code d}, ending with a blank line. */
    public static String render(DocumentAnalysis d) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(clip(d.document(), DOCUMENT_WIDTH)).append(" \u2014 ").append(d.quotes().size())
                .append(d.quotes().size() == 1 ? " quote, " : " quotes, ").append(d.speakers().size())
                .append(d.speakers().size() == 1 ? " speaker" : " speakers").append('\n');
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        List<Quote> nobody = new ArrayList<>();
        for (Quote q : d.quotes()) {
            d.speakerOf(q).ifPresentOrElse(s -> bySpeaker.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(q),
                    () -> nobody.add(q));
        }
        for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
            Speaker s = d.speaker(e.getKey()).orElseThrow();
            List<String> aliases = s.aliases().stream().filter(a -> !a.equals(s.name())).toList();
            sb.append('\n').append(clip(s.name(), NAME_WIDTH));
            if (!aliases.isEmpty()) {
                sb.append(" (").append(clip(String.join(", ", aliases), NAME_WIDTH)).append(')');
            }
            sb.append(" \u2014 ").append(e.getValue().size()).append(e.getValue().size() == 1 ? " quote" : " quotes").append('\n');
            for (Quote q : e.getValue()) {
                Attribution a = d.attributionOf(q).orElseThrow();
                sb.append(String.format(Locale.ROOT, "  %-8s %-10s %.2f  %s%n", q.kind(), clip(a.cue().text(), 10),
                        a.confidence(), clip(q.text(d.text()), TEXT_WIDTH)));
            }
        }
        if (!nobody.isEmpty()) {
            sb.append("\nno speaker \u2014 ").append(nobody.size()).append(nobody.size() == 1 ? " quote" : " quotes").append('\n');
            for (Quote q : nobody) {
                sb.append(String.format(Locale.ROOT, "  %-8s %-10s %4s  %s%n", q.kind(), "", "", clip(q.text(d.text()), TEXT_WIDTH)));
            }
        }
        StanceMatrix m = StanceMatrix.of(d);
        if (!m.isEmpty()) {
            sb.append("\nstances (label, confidence, statements):\n");
            m.toString().lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        sb.append('\n');
        return sb.toString();
    }

    /** {@code s} on one line, cut to {@code width} code points ({@link OneLine#clip}). */
    public static String clip(String s, int width) {
        return OneLine.clip(s, width);
    }
}
