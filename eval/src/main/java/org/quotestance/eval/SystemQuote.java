package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.Mention;
import org.quotestance.corenlp.baseline.CoreNlpQuoteBaseline;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

/**
 * One quotation a system reports as someone's statement, in the form the scorer compares with gold.
 *
 * @param span     the quote, marks included
 * @param kind     the system's kind, or null when the system does not classify quotes (CoreNLP)
 * @param mention  the words the system names as the source, or null
 * @param speakers the names of the speaker the system resolved the mention to, canonical name first;
 *                 empty when it named nobody
 * @param rule     how the system attributed it (QuoteStance's rule, with "/pronoun" for a pronoun
 *                 mention), or null
 */
public record SystemQuote(Span span, QuoteKind kind, Span mention, List<String> speakers, String rule) {

    public SystemQuote {
        Objects.requireNonNull(span, "span");
        speakers = List.copyOf(speakers);
    }

    /** Whether the system named anyone for this quote. */
    public boolean attributed() {
        return mention != null || !speakers.isEmpty();
    }

    /**
     * The statements of a QuoteStance result: its DIRECT, PARTIAL and HEADLINE quotes. SCARE and NESTED
     * quotes are QuoteStance saying "nobody speaks here" and are not predictions of a statement.
     */
    public static List<SystemQuote> of(DocumentAnalysis result) {
        List<SystemQuote> out = new ArrayList<>();
        for (Quote q : result.quotes()) {
            if (q.kind() != QuoteKind.DIRECT && q.kind() != QuoteKind.PARTIAL && q.kind() != QuoteKind.HEADLINE) {
                continue;
            }
            Attribution a = result.attributionOf(q).orElse(null);
            List<String> names = new ArrayList<>();
            result.speakerOf(q).ifPresent(s -> names.addAll(namesOf(s)));
            String rule = a == null ? null
                    : a.rule() + (a.mention().type() == Mention.MentionType.PRONOUN ? "/pronoun" : "");
            out.add(new SystemQuote(q.span(), q.kind(), a == null ? null : a.mention().span(), names, rule));
        }
        return out;
    }

    /**
     * Every top-level quote CoreNLP reports: it does not tell statements from scare quotes, so a user of its
     * quote annotator gets them all. The speaker names are CoreNLP's speaker, canonical mention and mention.
     */
    public static List<SystemQuote> of(CoreNlpQuoteBaseline.Result result) {
        List<SystemQuote> out = new ArrayList<>();
        for (CoreNlpQuoteBaseline.Quote q : result.quotes()) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : new String[] {q.speaker(), q.canonical(), q.mention()}) {
                if (n != null && !n.isBlank()) {
                    names.add(n);
                }
            }
            Span mention = q.mentionStart() >= 0 ? new Span(q.mentionStart(), q.mentionEnd()) : null;
            out.add(new SystemQuote(new Span(q.start(), q.end()), null, mention, new ArrayList<>(names), null));
        }
        return out;
    }

    private static List<String> namesOf(Speaker s) {
        List<String> names = new ArrayList<>();
        names.add(s.name());
        names.addAll(s.aliases());
        return names;
    }
}
