package org.quotestance.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of English verbs, so that a word list names a verb once, by its stem, instead of
 * spelling out "support, supports, supported, supporting" by hand in every class that reads it.
 *
 * <p>{@link #forms} builds the regular forms: the stem, the third person ({@code -s}, {@code -es} after a
 * sibilant or a consonant and {@code o}, {@code -ies} after a consonant and {@code y}), the past ({@code -ed},
 * {@code -d} after {@code e}, {@code -ied} after a consonant and {@code y}) and the present participle
 * ({@code -ing}, dropping a silent final {@code e}, {@code -ying} for {@code -ie}). It doubles no consonant and
 * makes no British {@code -ise} spelling of an {@code -ize} verb: such verbs are listed, either in the
 * irregular-forms resource {@code irregular-verbs.tsv} (stem, tab, its other forms) or as stems of their own.
 *
 * <p>{@link #load} reads a stem list. Stateless and thread-safe.
 */
public final class VerbForms {

    /** The mark after an entry of a stem list that makes it a verb stem, expanded to its forms. */
    public static final String STEM_MARK = "+";

    private static final Map<String, String> IRREGULAR = WordList.loadMap(VerbForms.class, "irregular-verbs.tsv");

    private VerbForms() {
    }

    /**
     * The forms of the verb {@code stem} (lower-cased), the stem first: its irregular forms when the
     * irregular-forms resource lists it, else the regular ones.
     *
     * @throws IllegalArgumentException when {@code stem} is empty or holds anything but letters
     */
    public static List<String> forms(String stem) {
        String s = stem.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || !s.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("verb stem \"" + stem + "\" is not a word of letters");
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(s);
        String irregular = IRREGULAR.get(s);
        if (irregular != null) {
            for (String form : irregular.split("[,\\s]+")) {
                if (!form.isEmpty()) {
                    out.add(form.toLowerCase(Locale.ROOT));
                }
            }
        } else {
            out.add(thirdPerson(s));
            out.add(past(s));
            out.add(participle(s));
        }
        return List.copyOf(out);
    }

    /**
     * The words of the stem list {@code name}, resolved against {@code anchor}'s package as by
     * {@link WordList#load}: an entry ending in {@value #STEM_MARK} ({@code support+}) is a verb stem and gives
     * all its {@link #forms}; any other entry (a noun such as {@code opposition}, or a single form such as
     * {@code backed} where the other forms of the verb are not wanted) is taken as it is.
     *
     * @throws IllegalStateException when the list is missing or empty, or an entry is a bare mark
     */
    public static Set<String> load(Class<?> anchor, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : WordList.load(anchor, name)) {
            if (!entry.endsWith(STEM_MARK)) {
                out.add(entry);
                continue;
            }
            String stem = entry.substring(0, entry.length() - STEM_MARK.length());
            if (stem.isBlank()) {
                throw new IllegalStateException("word list " + name + ": entry \"" + entry + "\" names no stem");
            }
            out.addAll(forms(stem));
        }
        return Set.copyOf(out);
    }

    private static String thirdPerson(String s) {
        if (s.endsWith("s") || s.endsWith("x") || s.endsWith("z") || s.endsWith("ch") || s.endsWith("sh")
                || endsWithConsonantAnd(s, 'o')) {
            return s + "es";
        }
        if (endsWithConsonantAnd(s, 'y')) {
            return s.substring(0, s.length() - 1) + "ies";
        }
        return s + "s";
    }

    private static String past(String s) {
        if (s.endsWith("e")) {
            return s + "d";
        }
        if (endsWithConsonantAnd(s, 'y')) {
            return s.substring(0, s.length() - 1) + "ied";
        }
        return s + "ed";
    }

    private static String participle(String s) {
        if (s.endsWith("ie")) {
            return s.substring(0, s.length() - 2) + "ying";
        }
        if (s.endsWith("e") && !s.endsWith("ee") && !s.endsWith("ye") && !s.endsWith("oe") && s.length() > 2) {
            return s.substring(0, s.length() - 1) + "ing";
        }
        return s + "ing";
    }

    /** Whether {@code s} ends in {@code last} after a consonant ("deny", "echo"; not "delay", "boo"). */
    private static boolean endsWithConsonantAnd(String s, char last) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == last && "aeiou".indexOf(s.charAt(n - 2)) < 0;
    }
}
