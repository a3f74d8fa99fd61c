package org.quotestance.testkit;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Random and mangled news-like text from a seed, for tests that a stage never throws and keeps its contract on
 * odd input (Lucene's {@code checkRandomData}). The same seed always gives the same text.
 *
 * <p>{@link #check} runs a check on many texts, each from its own seed, and turns any failure into an
 * {@link AssertionError} that names the seed and the text. Run one seed again with {@code -Dtests.seed=N}
 * (decimal, or hex with {@code 0x}): {@code check} then runs that seed only, as often as it is called. Run more
 * texts with {@code -Dtests.multiplier=N}, as Lucene's tests do, to hunt for rare failures.
 */
public final class RandomText {

    /** The system property that replays one seed. */
    public static final String SEED_PROPERTY = "tests.seed";
    /** The system property that multiplies the number of random texts. */
    public static final String MULTIPLIER_PROPERTY = "tests.multiplier";

    private static final String[] WORDS = {"the", "council", "said", "says", "told", "reporters", "on", "Monday", "a",
            "bill", "vote", "minister", "of", "and", "that", "it", "was", "is", "will", "not", "he", "she", "they",
            "we", "according", "to", "added", "spokesman", "spokeswoman", "mayor", "president", "government", "plan",
            "deal", "pipeline", "sanctions", "Nord", "Stream", "bridge", "Lopez", "Maria", "Tom", "Harlan", "Sen.",
            "Mr.", "Mrs.", "Dr.", "(R-Ohio)", "Kowalczyk", "White", "House", "Ukraine", "Russia", "EU", "U.S.", "10",
            "1,200", "per", "cent", "asked", "warned", "insisted", "called", "it", "“absurd”", "isn't", "it's",
            "mayor’s", "’90s", "rock 'n' roll"};
    private static final String[] MARKS = {"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u201F",
            "\u201A", "\u201B", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D", "``", "''"};
    private static final String[] PUNCTUATION = {",", ".", ":", ";", "?", "!", "—", "–", "-", "(", ")", "...", "…",
            " — ", ", ", ". ", ": "};
    private static final String[] MARKUP = {"<p>", "</p>", "<br/>", "<br>", "< p>", "p >", "</ p >", "<", ">", "/>",
            "<a href=\"http://example.com/x?a=1&b=2\">", "</a>", "<!-- comment -->", "<!--", "<div class='q'>",
            "<blockquote>", "</blockquote>", "<img src=x alt=\"“\">", "<script>", "&quot;", "&ldquo;", "&rdquo;",
            "&lsquo;", "&rsquo;", "&#8220;", "&#8221;", "&#x201C;", "&#x201d;", "&amp;", "&amp;quot;", "&nbsp;",
            "&mdash;", "&laquo;", "&raquo;", "&apos;", "&bogus;", "&#0;", "&#xD800;", "&#65535;", "&#99999;", "&;",
            "&", "&#", "&#x;"};
    private static final String[] ODD = {"\u0000", "\u0007", "\r", "\r\n", "\t", "\u000B", "\f", "\u0085", "\u2028",
            "\u2029", "\uFEFF", "\u00A0", "\u200B", "\u00AD", "\uD83D\uDE00", "\uD835\uDC9C", "\uD83C\uDDFA\uD83C\uDDF8",
            "\uD800", "\uDC00", "\uFFFD", "\uFFFF", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
            "\u4E2D\u6587", "\n", "\n\n", "\n\n\n\n", "\n \n\t\n", "   "};

    private RandomText() {
    }

    /** A text of at most about {@code maxChars} chars from {@code seed}. */
    public static String text(long seed, int maxChars) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int target = random.nextInt(Math.max(1, maxChars));
        int style = random.nextInt(4);
        while (sb.length() < target) {
            switch (style) {
                case 0, 1 -> newsParagraph(random, sb);
                case 2 -> soup(random, sb, 1 + random.nextInt(30));
                default -> {
                    newsParagraph(random, sb);
                    soup(random, sb, random.nextInt(6));
                }
            }
        }
        String text = sb.length() > maxChars + 200 ? sb.substring(0, maxChars + 200) : sb.toString();
        return random.nextInt(3) == 0 ? mangle(random, text) : text;
    }

    /**
     * Runs {@code check} on {@code iterations} (times {@code -Dtests.multiplier}) random texts of at most about {@code maxChars} chars (or on the
     * one text of {@code -Dtests.seed}). A failure or exception becomes an AssertionError naming the seed, how to
     * replay it and the text, with the original as its cause.
     */
    public static void check(int iterations, int maxChars, Consumer<String> check) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            checkOne(Long.decode(replay.strip()), maxChars, check);
            return;
        }
        Random seeds = new Random();
        int n = iterations * Integer.parseInt(System.getProperty(MULTIPLIER_PROPERTY, "1").strip());
        for (int i = 0; i < n; i++) {
            checkOne(seeds.nextLong(), maxChars, check);
        }
    }

    /** Runs {@code check} on the text of one seed; a failure names the seed and the text. */
    public static void checkOne(long seed, int maxChars, Consumer<String> check) {
        String text = text(seed, maxChars);
        try {
            check.accept(text);
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + "), text of "
                    + text.length() + " chars <" + StageAssertions.escape(text) + ">: " + e, e);
        }
    }

    private static void newsParagraph(Random random, StringBuilder sb) {
        String open = pick(random, MARKS);
        String close = random.nextInt(4) == 0 ? pick(random, MARKS) : closingFor(open);
        switch (random.nextInt(6)) {
            case 0 -> sb.append(open).append(words(random, 3 + random.nextInt(15))).append(",").append(close).append(" ")
                    .append(words(random, 2)).append(" said.");
            case 1 -> sb.append(words(random, 2 + random.nextInt(5))).append(" said, ").append(open)
                    .append(words(random, 3 + random.nextInt(20))).append(".").append(random.nextBoolean() ? close : "");
            case 2 -> sb.append(words(random, 4)).append(": ").append(open).append(words(random, 8)).append(open)
                    .append(words(random, 2)).append(closingFor(open)).append(words(random, 3)).append(close);
            case 3 -> sb.append(pick(random, MARKUP)).append(words(random, 5)).append(pick(random, MARKUP)).append(open)
                    .append(words(random, 6)).append(pick(random, MARKUP)).append(close).append(".");
            case 4 -> sb.append(longToken(random));
            default -> sb.append(words(random, 5 + random.nextInt(30))).append(". ")
                    .append(open).append(words(random, 5)).append(close);
        }
        sb.append(random.nextInt(3) == 0 ? "\n" : "\n\n");
    }

    private static void soup(Random random, StringBuilder sb, int pieces) {
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(7)) {
                case 0 -> sb.append(pick(random, MARKS));
                case 1 -> sb.append(pick(random, PUNCTUATION));
                case 2 -> sb.append(pick(random, MARKUP));
                case 3 -> sb.append(pick(random, ODD));
                case 4 -> sb.append((char) random.nextInt(0x3000));
                case 5 -> sb.append(random.nextInt(20) == 0 ? longToken(random) : pick(random, WORDS));
                default -> sb.append(' ').append(pick(random, WORDS)).append(' ');
            }
        }
    }

    /** Cuts, drops and inserts chars anywhere, a surrogate pair's halves included. */
    private static String mangle(Random random, String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int n = random.nextInt(8); n > 0 && sb.length() > 0; n--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, pick(random, MARKS));
                case 2 -> sb.insert(at, pick(random, ODD));
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    private static String longToken(Random random) {
        int length = 200 + random.nextInt(3000);
        String unit = switch (random.nextInt(4)) {
            case 0 -> "a";
            case 1 -> "ab-";
            case 2 -> "\u201C";
            default -> ".";
        };
        return unit.repeat(length / unit.length());
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(random.nextInt(15) == 0 ? pick(random, PUNCTUATION) : " ");
            }
            sb.append(pick(random, WORDS));
        }
        return sb.toString();
    }

    private static String closingFor(String open) {
        return switch (open) {
            case "\u201C" -> "\u201D";
            case "\u2018" -> "\u2019";
            case "\u201E" -> "\u201C";
            case "\u00AB" -> "\u00BB";
            case "\u2039" -> "\u203A";
            case "\u300C" -> "\u300D";
            case "``" -> "''";
            default -> open;
        };
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
