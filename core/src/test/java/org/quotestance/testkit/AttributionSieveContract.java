package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.AttributionRule;
import org.quotestance.attribution.AttributionSieve;
import org.quotestance.attribution.SieveAttributor;
import org.quotestance.attribution.SpeakerAttributor;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteSpan;

/**
 * The contract of one {@link AttributionSieve}, tested alone on tagged text (no CoreNLP): extend it, return the
 * sieve, a tagged text in which it attributes the last quote and the words it must name, and a near miss in which
 * it must leave the last quote alone. The {@link SpeakerAttributorContract} runs too, with this sieve as the only
 * rule (after {@link #sievesBefore()}, for rules such as continuation that need an earlier attribution).
 */
public abstract class AttributionSieveContract extends SpeakerAttributorContract {

    /** The sieve under test. */
    protected abstract AttributionSieve sieve();

    /** A text in which the sieve attributes the last quote. */
    protected abstract TaggedText firing();

    /** The mention the sieve's attribution of the last quote of {@link #firing()} must rest on. */
    protected abstract String expectedMention();

    /** A text like {@link #firing()} in which the sieve must not attribute the last quote. */
    protected abstract TaggedText nearMiss();

    /** Sieves to run before the one under test; none by default. */
    protected List<AttributionSieve> sievesBefore() {
        return List.of();
    }

    @Override
    protected final SpeakerAttributor attributor() {
        List<AttributionSieve> sieves = new ArrayList<>(sievesBefore());
        sieves.add(sieve());
        return new SieveAttributor(List.of(), TinyFirstNames.common(), sieves);
    }

    private AttributedQuotes attribute(TaggedText t) {
        List<QuoteSpan> quotes = finder().find(t.clean());
        assertThat(quotes).as("quotes of: %s", t.text()).isNotEmpty();
        return attribute(t.clean(), t.annotated(), quotes);
    }

    private static java.util.Optional<Attribution> ofLast(AttributedQuotes result) {
        Quote last = result.quotes().get(result.quotes().size() - 1);
        return result.attributions().stream().filter(a -> a.quote().equals(last.span())).findFirst();
    }

    @Test
    void aloneItAttributesItsPatternWithItsOwnRule() {
        TaggedText t = firing();
        assertThat(ofLast(attribute(t))).as("last quote of: %s", t.text()).hasValueSatisfying(a -> {
            assertThat(a.rule()).isEqualTo(sieve().rule());
            assertThat(a.mention().text()).isEqualTo(expectedMention());
        });
    }

    @Test
    void aloneItLeavesTheNearMissAlone() {
        TaggedText t = nearMiss();
        assertThat(ofLast(attribute(t))).as("last quote of: %s", t.text()).isEmpty();
    }

    @Test
    void everyAttributionCarriesTheRuleOfASieveThatRan() {
        // Headline quotes inherit from the body after the sieves have run, whatever the sieves.
        List<AttributionRule> rules = new ArrayList<>(List.of(AttributionRule.HEADLINE_REPEAT));
        sievesBefore().forEach(s -> rules.add(s.rule()));
        rules.add(sieve().rule());
        RandomText.check(100, 1500, text -> assertThat(attribute(text).attributions())
                .allSatisfy(a -> assertThat(rules).as(text).contains(a.rule())));
    }
}
