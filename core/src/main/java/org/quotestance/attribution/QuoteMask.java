package org.quotestance.attribution;

import java.util.List;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;

/**
 * Which tokens of a document stand inside a top-level quote. Words inside quotes are never a speaker or a
 * cue, and a quote between two words keeps them apart. Immutable once built.
 */
public final class QuoteMask {

    private final List<Token> tokens;
    private final boolean[] inQuote;

    QuoteMask(AnnotatedText nlp, List<QuoteSpan> spans) {
        this.tokens = nlp.tokens();
        this.inQuote = new boolean[tokens.size()];
        for (QuoteSpan q : spans) {
            if (q.depth() > 0) {
                continue;
            }
            for (int i = nlp.firstTokenAtOrAfter(q.span().start()); i < tokens.size()
                    && tokens.get(i).start() < q.span().end(); i++) {
                inQuote[i] = true;
            }
        }
    }

    /** Whether token {@code k} stands inside a quote. */
    public boolean inQuote(int k) {
        return inQuote[k];
    }

    /** Whether any token in [{@code from}, {@code to}) stands inside a quote. */
    public boolean quoteBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (inQuote[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a semicolon outside quotes stands strictly between tokens {@code a} and {@code b}. */
    public boolean clauseBreakBetween(int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (!inQuote[k] && tokens.get(k).word().equals(";")) {
                return true;
            }
        }
        return false;
    }
}
