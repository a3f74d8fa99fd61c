package org.quotestance.report;

import java.util.Locale;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.quote.Quote;

/**
 * Tab-separated rows, one per quote: document, start, end, kind, speaker, mention, cue, confidence, text.
 * Offsets are UTF-16 code units into the document, end exclusive. A field's tabs, line breaks and
 * backslashes are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}; a missing value is empty.
 */
public final class Tsv {

    /** The column names. */
    public static final String HEADER = "document\tstart\tend\tkind\tspeaker\tmention\tcue\tconfidence\ttext";

    private Tsv() {
    }

    /** The rows of one document, each ending with a line break; empty for a document without quotes. */
    public static String rows(DocumentAnalysis d) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : d.quotes()) {
            Attribution a = d.attributionOf(q).orElse(null);
            sb.append(field(d.document())).append('\t').append(q.span().start()).append('\t').append(q.span().end()).append('\t')
                    .append(q.kind()).append('\t')
                    .append(field(d.speakerOf(q).map(s -> s.name()).orElse(""))).append('\t')
                    .append(field(a == null ? "" : a.mention().text())).append('\t')
                    .append(field(a == null ? "" : a.cue().text())).append('\t')
                    .append(a == null || a.speakerId() == null ? "" : String.format(Locale.ROOT, "%.3f", a.confidence())).append('\t')
                    .append(field(q.text(d.text()))).append('\n');
        }
        return sb.toString();
    }

    /** A row for a document that could not be analysed: kind ERROR, the message in the text column. */
    public static String error(String document, String message) {
        return field(document) + "\t\t\tERROR\t\t\t\t\t" + field(message) + "\n";
    }

    /** {@code value} with its backslashes, tabs and line breaks escaped. */
    static String field(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
