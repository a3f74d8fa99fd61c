package org.quotestance.stance;

import java.util.List;
import java.util.Objects;
import org.quotestance.text.Span;

/**
 * What the classifier reads: a statement, where in it the target is mentioned, and the target itself.
 *
 * @param text     the statement
 * @param mentions where the topic is mentioned in {@code text} (may be empty)
 * @param target   the target proposition ("The Nord Stream 2 gas pipeline should be completed")
 * @param domain   the kind of data the statement comes from; analysis uses {@link Domain#NEWS}
 */
public record StanceInput(String text, List<Span> mentions, String target, Domain domain) {

    public StanceInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(domain, "domain");
        mentions = List.copyOf(mentions);
    }

    /**
     * The data a statement comes from. The model learns features shared by all domains and a copy of each
     * feature per domain ("frustratingly easy" domain adaptation), so each data set's labelling conventions
     * stay apart.
     */
    public enum Domain {
        /** Stance of a news statement toward a topic's proposition: what QuoteStance analyses. */
        NEWS,
        /** GWSD: stance toward "climate change is a serious concern". */
        GWSD,
        /** NewsMTSC: sentiment toward a target mention. */
        NEWSMTSC
    }
}
