package org.quotestance.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Decides whether two spellings of a name token are the same name: equal after folding case and accents,
 * or a close variant, as misspellings and transliterations are ("Brinken" for "Blinken").
 *
 * <p>A variant must begin with the same letter, be at least {@value #MIN_VARIANT_LENGTH} letters long,
 * differ in length by at most one, and lie within one edit (insertion, deletion, substitution or
 * transposition of neighbours), or two edits for names of ten letters or more; adding a final "s" is a
 * plural, not a variant. The README reports what this rule pairs on PolNeAR.
 */
public final class NameSimilarity {

    static final int MIN_VARIANT_LENGTH = 5;

    private NameSimilarity() {
    }

    /** Case, accent and punctuation folded form of a name token ("Lavrov's" and "LAVROV" give "lavrov"). */
    public static String fold(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public static boolean sameToken(String a, String b) {
        String fa = fold(a);
        return !fa.isEmpty() && fa.equals(fold(b));
    }

    /** Whether {@code a} and {@code b} are the same name token or close variants of each other. */
    public static boolean variants(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.equals(fb)) {
            return true;
        }
        if (Math.min(fa.length(), fb.length()) < MIN_VARIANT_LENGTH || fa.charAt(0) != fb.charAt(0)
                || Math.abs(fa.length() - fb.length()) > 1) {
            return false;
        }
        String longer = fa.length() > fb.length() ? fa : fb;
        String shorter = longer == fa ? fb : fa;
        if (longer.equals(shorter + "s")) {
            return false; // a plural ("Republicans") or a family ("the Clintons"), not a spelling of the name
        }
        int allowed = Math.min(fa.length(), fb.length()) >= 10 ? 2 : 1;
        return distance(fa, fb) <= allowed;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
