package org.quotestance.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 {@code char} indices into the original document text.
 *
 * <p>Every span that QuoteStance reports refers to the text exactly as the caller passed it in, even when
 * the library internally masks HTML residue or normalises quote marks.
 *
 * @param start index of the first char, inclusive, {@code >= 0}
 * @param end   index after the last char, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start " + start + " < 0");
        }
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " < start " + start);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }

    /** Whether the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code source}; throws if the span lies outside it. */
    public String textOf(CharSequence source) {
        if (end > source.length()) {
            throw new IllegalArgumentException("span " + this + " ends after the text length " + source.length());
        }
        return source.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
