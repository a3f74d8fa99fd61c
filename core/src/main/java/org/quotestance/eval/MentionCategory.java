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
        if (SENTENCE_END.matcher(gap.textOf(text) + "x").find()) { // x: the next sentence starts where the gap ends
            return OUTSIDE_SENTENCE;
        }
        String words = mention.textOf(text).strip();
        if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) {
            return PRONOUN;
        }
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))
                    && !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("a") && !w.equalsIgnoreCase("an")) {
                return NAME;
            }
        }
        return DESCRIPTION;
    }

    /** Whether {@code word} is a personal pronoun, which names nobody by itself. */
    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.strip().toLowerCase(Locale.ROOT));
    }
}
