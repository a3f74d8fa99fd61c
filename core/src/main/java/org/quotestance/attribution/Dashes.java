package org.quotestance.attribution;

/** Dashes as news uses them to attribute: "— Tom Harlan", "“...” ― Lavrov". */
final class Dashes {

    private Dashes() {
    }

    /** A token made of dashes only. */
    static boolean isDash(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> isDash((char) c));
    }

    /** A hyphen, one of the Unicode dashes U+2010 to U+2015, or a minus sign. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /** The offset of the first dash in [{@code from}, {@code to}) of {@code text}, or -1. */
    static int dashIn(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isDash(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }
}
