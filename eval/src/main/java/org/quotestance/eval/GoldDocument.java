package org.quotestance.eval;

import java.util.List;
import java.util.Objects;

/**
 * An annotated document.
 *
 * @param name   the document's name
 * @param origin where its annotations come from ("annotator 4e07", "gold.jsonl:3")
 * @param text   the document text; every gold span indexes into it
 * @param quotes the annotated quotations, in text order
 */
public record GoldDocument(String name, String origin, String text, List<GoldQuote> quotes) {

    public GoldDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        quotes = quotes.stream().sorted(java.util.Comparator.comparing(GoldQuote::span)).toList();
    }
}
