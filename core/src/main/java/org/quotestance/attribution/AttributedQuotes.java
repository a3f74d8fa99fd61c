package org.quotestance.attribution;

import java.util.List;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;

/**
 * The quotes of a document with their kinds, their attributions and the speakers those name.
 *
 * @param quotes       every quote in text order
 * @param attributions the attributed quotes' attributions, in text order
 * @param speakers     the speakers that attributions name, ids in order of first attribution
 */
public record AttributedQuotes(List<Quote> quotes, List<Attribution> attributions, List<Speaker> speakers) {

    public AttributedQuotes {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
    }
}
