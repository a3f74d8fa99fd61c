package org.quotestance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.stance.Stance;
import org.quotestance.stance.Statement;
import org.quotestance.text.OneLine;

/**
 * Everything QuoteStance found in one document. Immutable.
 *
 * @param document     the name the caller gave the document (a file name, say)
 * @param text         the document text exactly as given; every span indexes into it
 * @param quotes       every quote, in text order
 * @param attributions one per attributed quote, in text order
 * @param speakers     the speakers that attributions and statements name
 * @param statements   what the speakers said (attributed quotes and reported speech), with topics and stances
 * @param stances      each speaker's stance on each topic the document addresses, with the evidence
 * @see org.quotestance.report.HtmlReport#fragment(DocumentAnalysis) this result as HTML, for a notebook
 * @see org.quotestance.report.JsonLines#toJson(DocumentAnalysis) this result as a line of JSON
 */
public record DocumentAnalysis(String document, String text, List<Quote> quotes, List<Attribution> attributions,
                               List<Speaker> speakers, List<Statement> statements, List<Stance> stances) {

    public DocumentAnalysis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
        statements = List.copyOf(statements);
        stances = List.copyOf(stances);
    }

    /** A result without statements and stances. */
    public DocumentAnalysis(String document, String text, List<Quote> quotes, List<Attribution> attributions,
                            List<Speaker> speakers) {
        this(document, text, quotes, attributions, speakers, List.of(), List.of());
    }

    /** The stance of the speaker named {@code speakerName} (or one of its aliases) on {@code topic}, if reported. */
    public Optional<Stance> stance(String speakerName, String topic) {
        for (Stance st : stances) {
            Speaker s = speaker(st.speakerId()).orElse(null);
            if (st.topic().equals(topic) && s != null && (s.name().equals(speakerName) || s.aliases().contains(speakerName))) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }

    /** The attribution of {@code quote}, if it has a speaker. */
    public Optional<Attribution> attributionOf(Quote quote) {
        return attributions.stream().filter(a -> a.quote().equals(quote.span())).findFirst();
    }

    /** The speaker with the given id. */
    public Optional<Speaker> speaker(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The speaker of {@code quote}, if it has one. */
    public Optional<Speaker> speakerOf(Quote quote) {
        return attributionOf(quote).flatMap(a -> a.speakerId() == null ? Optional.empty() : speaker(a.speakerId()));
    }

    /** A short multi-line summary: one line per quote with its kind and speaker. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(document).append(": ").append(quotes.size()).append(" quotes, ")
                .append(speakers.size()).append(" speakers\n");
        for (Quote q : quotes) {
            String who = speakerOf(q).map(Speaker::name).orElse("-");
            sb.append(String.format(Locale.ROOT, "  %-8s %-22s %s%n", q.kind(), who, OneLine.clip(q.text(text), 70)));
        }
        if (!stances.isEmpty()) {
            sb.append("stances:\n");
            for (Stance st : stances) {
                sb.append(String.format(Locale.ROOT, "  %-22s %-16s %-8s %s%n", st.speaker(), st.topic(), st.labelName(),
                        st.label() == null ? "" : String.format(Locale.ROOT, "%.2f, %d statements", st.confidence(), st.evidence().size())));
            }
        }
        return sb.toString();
    }
}
