package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.testkit.TaggedText;
import org.quotestance.testkit.TinyFirstNames;

/** Sieves of one's own, and what the attributor does with a sieve that breaks its contract. */
class CustomSieveTest {

    private static final TaggedText SAID = TaggedText.parse(
            "Lopez/NNP/PERSON said/VBD ,/, “/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/''");

    private static AttributedQuotes attribute(AttributionSieve... sieves) {
        List<QuoteSpan> quotes = new MarkQuoteFinder().find(SAID.clean());
        return new SieveAttributor(List.of(), TinyFirstNames.common(), List.of(sieves))
                .attribute(SAID.clean(), SAID.annotated(), quotes);
    }

    /** Proposes the first token of the document as the speaker, under the rule it declares. */
    private record FirstWordSieve(AttributionRule rule) implements AttributionSieve {
        @Override
        public Optional<Candidate> propose(QuoteContext quote, DocumentContext document) {
            return Optional.of(Candidate.mention(TokenRange.of(0), document.cue(document.token(0).span()), 1.0));
        }
    }

    @Test
    void anAttributionCarriesTheRuleOfTheSieveThatProposedIt() {
        assertThat(attribute(new FirstWordSieve(AttributionRule.NEXT_SENTENCE)).attributions())
                .singleElement().satisfies(a -> {
                    assertThat(a.rule()).isEqualTo(AttributionRule.NEXT_SENTENCE);
                    assertThat(a.mention().text()).isEqualTo("Lopez");
                });
    }

    @Test
    void aSieveCannotChangeTheCueIndex() {
        AttributionSieve vandal = new AttributionSieve() {
            @Override
            public AttributionRule rule() {
                return AttributionRule.SAME_SENTENCE;
            }

            @Override
            public Optional<Candidate> propose(QuoteContext quote, DocumentContext document) {
                document.cuesIn(quote.firstSentence()).clear();
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> attribute(vandal, new SameSentenceCueSieve()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSieveThatNamesTokensOutsideTheDocumentFailsNamingTheSieve() {
        AttributionSieve outside = new AttributionSieve() {
            @Override
            public AttributionRule rule() {
                return AttributionRule.LEAD_IN;
            }

            @Override
            public Optional<Candidate> propose(QuoteContext quote, DocumentContext document) {
                return Optional.of(Candidate.mention(TokenRange.of(document.tokens().size()), document.cue(
                        document.token(0).span()), 1.0));
            }
        };
        assertThatThrownBy(() -> attribute(outside)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(outside.getClass().getName()).hasMessageContaining("LEAD_IN");
    }

    @Test
    void withoutDropsTheSievesOfTheRulesAndRejectsARuleWithoutASieve() {
        assertThat(AttributionSieves.without(EnumSet.of(AttributionRule.CONTINUATION, AttributionRule.LEAD_IN)))
                .hasSize(AttributionSieves.defaults().size() - 2)
                .noneMatch(s -> s.rule() == AttributionRule.CONTINUATION || s.rule() == AttributionRule.LEAD_IN);
        assertThatThrownBy(() -> AttributionSieves.without(EnumSet.of(AttributionRule.HEADLINE_REPEAT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HEADLINE_REPEAT");
    }
}
