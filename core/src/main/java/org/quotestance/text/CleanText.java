package org.quotestance.text;

import java.util.List;
import java.util.Objects;

/**
 * A document prepared for analysis: the original text, a working copy of the same length in which HTML
 * residue is blanked out and hard line wraps are joined, and the paragraphs. Because both strings have
 * the same length, every offset into {@link #working()} is also an offset into {@link #original()}.
 *
 * @param original   the text as the caller gave it
 * @param working    the same text with junk replaced by spaces, char for char
 * @param paragraphs body and heading paragraphs in text order
 */
public record CleanText(String original, String working, List<Paragraph> paragraphs) {

    public CleanText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(working, "working");
        if (original.length() != working.length()) {
            throw new IllegalArgumentException("working length " + working.length()
                    + " differs from original length " + original.length());
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraph holding {@code offset}, or -1 when the offset falls between paragraphs. */
    public int paragraphAt(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = paragraphs.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
