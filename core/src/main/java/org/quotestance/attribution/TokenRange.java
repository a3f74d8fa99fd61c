package org.quotestance.attribution;

/**
 * A run of tokens of one document, both ends included: the words of a mention, a noun phrase.
 *
 * @param first index of the first token
 * @param last  index of the last token, at least {@code first}
 */
public record TokenRange(int first, int last) {

    public TokenRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("token range [" + first + ", " + last + "]");
        }
    }

    /** A range of one token. */
    public static TokenRange of(int token) {
        return new TokenRange(token, token);
    }

    /** How many tokens the range holds. */
    public int size() {
        return last - first + 1;
    }
}
