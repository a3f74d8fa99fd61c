package org.quotestance.eval;

import java.util.List;
import java.util.Objects;

/**
 * Annotated documents read from one place, and what could not be read.
 *
 * @param description what was read and how ("PolNeAR ../dev: 84 articles; where two annotators, ...")
 * @param documents   the documents that were read whole
 * @param problems    one message per document, file or line that was skipped, naming it
 */
public record GoldCorpus(String description, List<GoldDocument> documents, List<String> problems) {

    public GoldCorpus {
        Objects.requireNonNull(description, "description");
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
