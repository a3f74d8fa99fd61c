package org.quotestance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;

/**
 * Everything QuoteStance found in one document. Immutable.
 *
 * @param document     the name the caller gave the document (a file name, say)
 * @param text         the document text exactly as given; every span indexes into it
 * @param quotes       every quote, in text order
 * @param attributions one per attributed quote, in text order
 * @param speakers     the speakers that attributions name
 */
public record DocumentAnalysis(String document, String text, List<Quote> quotes, List<Attribution> attributions,
                               List<Speaker> speakers) {

    public DocumentAnalysis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
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
            String t = q.text(text).replace('\n', ' ');
            if (t.length() > 70) {
                t = t.substring(0, 67) + "...";
            }
            sb.append(String.format("  %-8s %-22s %s%n", q.kind(), who, t));
        }
        return sb.toString();
    }
}
