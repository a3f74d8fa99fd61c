package org.quotestance.attribution;

import java.util.List;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;

/**
 * The quotes of a document with their kinds, their attributions and the speakers those name.
 *
 * @param quotes       every quote in text order
 * @param attributions the attributed quotes' attributions, in text order
 * @param speakers     the speakers that attributions and reported speech name, ids in order of first
 *                     attribution, then of first reported speech
 * @param reported     sentences of reported speech with no attributed quote in them, in text order
 */
public record AttributedQuotes(List<Quote> quotes, List<Attribution> attributions, List<Speaker> speakers,
                               List<ReportedSpeech> reported) {

    public AttributedQuotes {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
        reported = List.copyOf(reported);
    }

    /** Quotes only, for attributors that do not look for reported speech. */
    public AttributedQuotes(List<Quote> quotes, List<Attribution> attributions, List<Speaker> speakers) {
        this(quotes, attributions, speakers, List.of());
    }
}
