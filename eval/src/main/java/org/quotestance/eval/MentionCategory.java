package org.quotestance.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.text.Span;

/** How a gold quote's speaker is named, the axis the evaluation breaks attribution down by. */
public enum MentionCategory {
    /** A name in the quote's sentence: "Lopez said", "said Maria Lopez, the union's president". */
    NAME,
    /** A pronoun in the quote's sentence: "she said". */
    PRONOUN,
    /** A description in the quote's sentence: "a spokeswoman said", "the ministry said". */
    DESCRIPTION,
    /** No mention in the quote's sentence: the speaker is named in another sentence, or in none (a headline). */
    OUTSIDE_SENTENCE,
    /** Nobody: the text does not say who spoke. */
    NO_SPEAKER;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it", "him", "her",
            "them", "his", "hers", "their", "who", "whom", "us", "me");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "st", "jr", "sr", "prof", "rev", "pres", "vs", "no", "inc", "corp", "co", "ltd");
    /** A sentence end in the text between a quote and its mention: ". The", "?\n", ".” She". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s+\\S|\\n");

    /**
     * Classifies a gold quote's speaker mention.
     *
     * @param text    the document text
     * @param quote   the quote's span
     * @param speaker the annotated speaker, or null
     * @param mention the annotated source mention, or null
     */
    public static MentionCategory of(String text, Span quote, String speaker, Span mention) {
        if (mention == null) {
            return speaker == null ? NO_SPEAKER : OUTSIDE_SENTENCE;
        }
        Span gap = mention.end() <= quote.start() ? new Span(mention.end(), quote.start())
                : quote.end() <= mention.start() ? new Span(quote.end(), mention.start()) : new Span(quote.start(), quote.start());
        if (endsSentence(gap.textOf(text) + "x")) { // x: the next sentence starts where the gap ends
            return OUTSIDE_SENTENCE;
        }
        String words = mention.textOf(text).strip();
        if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) {
            return PRONOUN;
        }
        // A capitalised word names someone, except a first word that only starts the sentence ("Several
        // cast members"): the first word counts alone or before another capitalised word ("Hillary Clinton").
        String[] w = words.split("\\s+");
        for (int k = 0; k < w.length; k++) {
            boolean capital = !w[k].isEmpty() && Character.isUpperCase(w[k].charAt(0))
                    && !PRONOUNS.contains(w[k].toLowerCase(Locale.ROOT)) && !ARTICLES.contains(w[k].toLowerCase(Locale.ROOT));
            boolean counts = k > 0 || w.length == 1 || Character.isUpperCase(w[1].charAt(0));
            if (capital && counts) {
                return NAME;
            }
        }
        return DESCRIPTION;
    }

    /** Whether {@code gap} holds a sentence end that is not the period of an abbreviation ("Sen.", "J."). */
    private static boolean endsSentence(String gap) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(gap);
        while (m.find()) {
            if (m.group().equals("\n")) {
                return true;
            }
            int dot = m.start();
            int from = dot;
            while (from > 0 && Character.isLetter(gap.charAt(from - 1))) {
                from--;
            }
            String word = gap.substring(from, dot);
            boolean abbreviation = gap.charAt(dot) == '.' && (word.length() == 1 && Character.isUpperCase(word.charAt(0))
                    || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)));
            if (!abbreviation) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a personal pronoun, which names nobody by itself. */
    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.strip().toLowerCase(Locale.ROOT));
    }
}
