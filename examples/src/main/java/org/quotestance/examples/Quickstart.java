package org.quotestance.examples;

import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.SampleArticle;
import org.quotestance.attribution.Attribution;
import org.quotestance.quote.Quote;

/** Quickstart: analyze the built-in sample article and print who said what. */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) {
        QuoteStance quoteStance = QuoteStance.builder().build();
        DocumentAnalysis result = quoteStance.analyze(SampleArticle.NAME, SampleArticle.text());
        for (Quote quote : result.quotes()) {
            String speaker = result.speakerOf(quote).map(s -> s.name()).orElse("-");
            String cue = result.attributionOf(quote).map(Attribution::cue).map(c -> c.text()).orElse("");
            System.out.printf("%-8s %-16s %-8s %s%n", quote.kind(), speaker, cue, quote.text(result.text()));
        }
    }
}
