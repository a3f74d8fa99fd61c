package org.quotestance.attribution;

import java.util.List;

/** The attribution rules in the order they run: the one place that defines it. */
public final class AttributionSieves {

    private AttributionSieves() {
    }

    /** The default sieves, most reliable first; the first to propose a speaker for a quote wins. */
    public static List<AttributionSieve> defaults() {
        return List.of(
                new SameSentenceCueSieve(),
                new AnyVerbFrameSieve(),
                new LeadInSieve(),
                new DashParagraphSieve(),
                new NextSentenceSieve(),
                new PreviousSentenceSieve(),
                new ColonParagraphSieve(),
                new ContinuationSieve());
    }
}
