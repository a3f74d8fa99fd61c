package org.quotestance.eval;

import java.util.List;
import java.util.Objects;

/**
 * An annotated document.
 *
 * @param name         the document's name (its file name without extension)
 * @param annotator    which annotator's file was used
 * @param text         the document text
 * @param attributions the annotated attributions
 */
public record GoldDocument(String name, String annotator, String text, List<GoldAttribution> attributions) {

    public GoldDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }
}
