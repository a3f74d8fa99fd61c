package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

/**
 * One annotated quotation: where it stands, what kind it is, and who said it.
 *
 * @param span     from the opening quote mark to the closing one, as annotated
 * @param kind     DIRECT, PARTIAL or HEADLINE for statements; SCARE or NESTED for quote marks nobody speaks
 * @param speaker  the speaker's name as a careful reader resolves it ("Maria Lopez", "a spokeswoman"), or
 *                 null when nothing in the text says who spoke
 * @param aliases  other names of the same speaker in the text
 * @param mention  the words the annotator marked as this quote's source, or null when none were marked
 * @param naming   how the speaker is named for this quote
 */
public record GoldQuote(Span span, QuoteKind kind, String speaker, List<String> aliases, Span mention,
                        MentionCategory naming) {

    public GoldQuote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(naming, "naming");
        aliases = List.copyOf(aliases);
    }

    /** Whether this quote is someone's statement (DIRECT, PARTIAL, HEADLINE), the only quotes that are scored. */
    public boolean isStatement() {
        return kind == QuoteKind.DIRECT || kind == QuoteKind.PARTIAL || kind == QuoteKind.HEADLINE;
    }

    /** The speaker's name followed by its aliases; empty when the speaker is unknown. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        if (speaker != null) {
            out.add(speaker);
        }
        out.addAll(aliases);
        return out;
    }
}
