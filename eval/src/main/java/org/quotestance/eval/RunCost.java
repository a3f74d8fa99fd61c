package org.quotestance.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one system's run over a corpus cost.
 *
 * @param loadSeconds     building the pipeline and loading its models
 * @param analysisSeconds analysing every document, loading excluded
 * @param tokens          tokens in the documents, counted by {@link #countTokens} the same way for every
 *                        system, so that tokens per second compare
 * @param peakHeapBytes   the most heap in use while the system loaded and ran, above what was in use just
 *                        before it started; -1 when not measured
 */
public record RunCost(double loadSeconds, double analysisSeconds, long tokens, long peakHeapBytes) {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\p{N}+(?:[.,]\\p{N}+)*|[^\\p{L}\\p{N}\\s]");

    public double tokensPerSecond() {
        return analysisSeconds <= 0 ? 0 : tokens / analysisSeconds;
    }

    /** Words, numbers and punctuation marks: close to what a Penn Treebank tokenizer counts. */
    public static long countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
