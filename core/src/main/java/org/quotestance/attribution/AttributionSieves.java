package org.quotestance.attribution;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The attribution rules in the order they run: the one place that defines it. */
public final class AttributionSieves {

    private AttributionSieves() {
    }

    /**
     * The default sieves in order of precedence (the patterns closest to the quote first); the first to
     * propose a speaker for a quote wins.
     */
    public static List<AttributionSieve> defaults() {
        return List.of(
                new SameSentenceCueSieve(),
                new AnyVerbFrameSieve(),
                new LeadInSieve(),
                new DashParagraphSieve(),
                new NextSentenceSieve(),
                new PreviousSentenceSieve(),
                new ColonParagraphSieve(),
                new ContinuationSieve(),
                new QuoteParagraphSieve());
    }

    /** The rules that have a default sieve, in order. */
    public static Set<AttributionRule> rules() {
        Set<AttributionRule> rules = EnumSet.noneOf(AttributionRule.class);
        defaults().forEach(s -> rules.add(s.rule()));
        return rules;
    }

    /**
     * The default sieves without those of {@code rules}, for ablation.
     *
     * @throws IllegalArgumentException when a rule has no default sieve (headline quotes, for one, are not
     *                                  attributed by a sieve)
     */
    public static List<AttributionSieve> without(Set<AttributionRule> rules) {
        for (AttributionRule r : rules) {
            if (!rules().contains(r)) {
                throw new IllegalArgumentException(r + " has no sieve; the rules with sieves are " + rules());
            }
        }
        return defaults().stream().filter(s -> !rules.contains(s.rule())).toList();
    }
}
