package org.quotestance.text;

import java.util.List;
import java.util.Objects;

/**
 * A document prepared for analysis: the original text, a working copy of the same length in which HTML
 * residue is blanked out and hard line wraps are joined, and the paragraphs. Because both strings have
 * the same length, every offset into {@link #working()} is also an offset into {@link #original()}; spans
 * that end on a decoded entity are {@link #widen widened} to cover it whole.
 *
 * @param original   the text as the caller gave it
 * @param working    the same text with junk replaced by spaces, char for char
 * @param paragraphs body and heading paragraphs in text order
 * @param entities   where character entities ({@code &ldquo;}) stand in the original; each is decoded
 *                   to one char of {@code working} inside its extent, the rest blanked
 */
public record CleanText(String original, String working, List<Paragraph> paragraphs, List<Span> entities) {

    public CleanText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(working, "working");
        if (original.length() != working.length()) {
            throw new IllegalArgumentException("working length " + working.length()
                    + " differs from original length " + original.length());
        }
        paragraphs = List.copyOf(paragraphs);
        entities = List.copyOf(entities);
    }

    /** A text without entities: working text equal to the original, split into the given paragraphs. */
    public CleanText(String original, String working, List<Paragraph> paragraphs) {
        this(original, working, paragraphs, List.of());
    }

    /**
     * {@code span} widened so that it neither starts nor ends inside a character entity of the original:
     * a quote opened by {@code &ldquo;} starts at the {@code &}.
     */
    public Span widen(Span span) {
        int start = span.start();
        int end = span.end();
        for (Span e : entities) {
            if (e.start() < start && start < e.end()) {
                start = e.start();
            }
            if (e.start() < end && end < e.end()) {
                end = e.end();
            }
        }
        return start == span.start() && end == span.end() ? span : new Span(start, end);
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
