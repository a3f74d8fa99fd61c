package org.quotestance.text;

/** Text cut down to one line of a given width, for summaries and terminal views. Stateless. */
public final class OneLine {

    private OneLine() {
    }

    /**
     * {@code s} on one line, control characters (terminal escape sequences among them) blanked, cut to
     * {@code width} code points with an ellipsis.
     */
    public static String clip(String s, int width) {
        String one = s.replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
        if (one.codePointCount(0, one.length()) <= width) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, width - 1)) + "\u2026";
    }
}
