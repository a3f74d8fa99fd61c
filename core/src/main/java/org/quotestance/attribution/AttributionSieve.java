package org.quotestance.attribution;

import java.util.Optional;

/**
 * One attribution rule: given a body quote and its document, propose who said it, or nothing. Sieves run
 * in order of precedence and the first proposal wins (see {@link AttributionSieves#defaults()}). A sieve
 * of your own reports one of the {@link AttributionRule} values (whose prior sets its confidence): the one
 * whose pattern it refines.
 *
 * <p>Contract: a sieve only reads; it changes no state of the document or of any entity, so that sieves
 * can be reordered, removed or added without changing what the others see. Implementations are immutable
 * and thread-safe.
 */
public interface AttributionSieve {

    /** The rule of this sieve's attributions. */
    AttributionRule rule();

    /** A candidate speaker for {@code quote}, or empty when the rule does not apply. */
    Optional<Candidate> propose(QuoteContext quote, DocumentContext document);
}
