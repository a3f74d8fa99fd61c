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
 * @param favor    example statements for the target (a topic's examples; may be empty)
 * @param against  example statements against it
 */
public record StanceInput(String text, List<Span> mentions, String target, Domain domain, List<String> favor,
                          List<String> against) {

    public StanceInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(domain, "domain");
        mentions = List.copyOf(mentions);
        favor = List.copyOf(favor);
        against = List.copyOf(against);
    }

    /** An input without example statements. */
    public StanceInput(String text, List<Span> mentions, String target, Domain domain) {
        this(text, mentions, target, domain, List.of(), List.of());
    }

    /** This input with the given example statements for and against the target. */
    public StanceInput withExamples(List<String> favorExamples, List<String> againstExamples) {
        return new StanceInput(text, mentions, target, domain, favorExamples, againstExamples);
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
