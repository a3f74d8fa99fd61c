package org.quotestance.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares scraped news text: blanks out HTML tags and their broken remnants ({@code < p>}, a lone
 * {@code <} line, {@code p >}), decodes the common character entities in place, joins hard-wrapped
 * lines, and splits the text into paragraphs, marking headings and repeated headlines.
 *
 * <p>Never throws on odd text; never changes the length of the text. Stateless and thread-safe.
 */
public final class TextCleaner {

    private static final String TAGS = "p|br|div|span|li|ul|ol|b|i|u|em|strong|a|h[1-6]|td|tr|th|table|tbody|"
            + "blockquote|figure|figcaption|img|section|article|header|footer|small|sup|sub|font|center|hr";
    /**
     * The most characters of attributes a tag may hold and still be blanked as one; set by hand; not measured
     * separately.
     */
    private static final int MAX_TAG_ATTRIBUTES = 200;
    private static final Pattern TAG = Pattern.compile(
            "<\\s*/?\\s*(?:" + TAGS + ")\\b[^<>\\n]{0," + MAX_TAG_ATTRIBUTES + "}?/?\\s*>|<!--.*?-->",
            Pattern.CASE_INSENSITIVE);
    /** A tag whose '<' was lost, at the start of a line: {@code p >Text}. */
    private static final Pattern TAG_TAIL = Pattern.compile(
            "(?m)^[ \\t]*/?(?:" + TAGS + ")[ \\t]*/?>", Pattern.CASE_INSENSITIVE);
    /** A line holding nothing but tag punctuation. */
    private static final Pattern TAG_DEBRIS_LINE = Pattern.compile("(?m)^[ \\t]*[<>/]+[ \\t]*$");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{2,5})|#x([0-9a-fA-F]{2,4})|([a-zA-Z]{2,6}));");
    private static final Pattern DASH_ATTRIBUTION = Pattern.compile("[\u201D\"]\\s*[-\u2010-\u2015]+\\s*\\p{Lu}");
    private static final Pattern DUPLICATE_SUFFIX = Pattern.compile("\\s*[(（]\\d{1,2}[)）]\\s*$");

    /** The shortest line, in characters, that looks hard-wrapped; set by hand; not measured separately. */
    private static final int WRAPPED_LINE_MIN = 40;
    /** The longest line, in characters, that looks hard-wrapped; set by hand; not measured separately. */
    private static final int WRAPPED_LINE_MAX = 100;
    /** The fewest non-blank lines a text needs to be judged hard-wrapped; set by hand; not measured separately. */
    private static final int WRAPPED_TEXT_MIN_LINES = 6;
    /**
     * The least share, in percent, of non-blank lines that look hard-wrapped in a hard-wrapped text; set by hand;
     * not measured separately.
     */
    private static final int WRAPPED_LINES_PERCENT = 50;
    /**
     * Headings marked by a leading dash, {@code #} or bullet are shorter than this; set by hand; not measured
     * separately.
     */
    private static final int MARKED_HEADING_MAX = 300;
    /**
     * A quote paragraph after body text of at least this many words is body text (see
     * {@link #isQuoteParagraph}); shorter ones stay headings ("“Pretty cool working there.”" as a
     * subhead). Set by hand from the misses of PolNeAR train.
     */
    static final int QUOTE_PARAGRAPH_MIN_WORDS = 6;

    /** Other headings are shorter than this; set by hand; not measured separately. */
    private static final int HEADING_MAX = 120;
    /**
     * The first paragraph (the title) may be a heading when shorter than this; set by hand; not measured separately.
     */
    private static final int TITLE_MAX = 200;
    /** A byline ("By Jane Doe") is shorter than this; set by hand; not measured separately. */
    private static final int BYLINE_MAX = 80;
    /** Words shorter than this ("of", "the") do not count toward title case; set by hand; not measured separately. */
    private static final int TITLE_WORD_MIN_LENGTH = 4;
    /** The fewest counted words of a title-case line; set by hand; not measured separately. */
    private static final int TITLE_MIN_WORDS = 3;
    /**
     * The least share, in percent, of a title-case line's counted words that are capitalised; set by hand; not
     * measured separately.
     */
    private static final int TITLE_CAPITALISED_PERCENT = 70;

    /** Cleans {@code text}; an empty text gives no paragraphs. */
    public CleanText clean(String text) {
        char[] work = text.toCharArray();
        blank(work, TAG.matcher(text));
        blank(work, TAG_TAIL.matcher(text));
        blank(work, TAG_DEBRIS_LINE.matcher(text));
        List<Span> entities = decodeEntities(text, work);
        List<int[]> lines = lines(work);
        boolean wrapped = looksHardWrapped(work, lines);
        List<Span> blocks = wrapped ? joinWrapped(work, lines) : trimmedLines(work, lines);
        return new CleanText(text, new String(work), paragraphs(work, blocks), entities);
    }

    private static void blank(char[] work, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (work[i] != '\n') {
                    work[i] = ' ';
                }
            }
        }
    }

    /** Decodes entities in place, one char each, the rest blanked; returns the entities' extents. */
    private static List<Span> decodeEntities(String text, char[] work) {
        List<Span> decoded = new ArrayList<>();
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            int code = -1;
            if (m.group(1) != null) {
                code = Integer.parseInt(m.group(1));
            } else if (m.group(2) != null) {
                code = Integer.parseInt(m.group(2), 16);
            } else {
                code = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "amp" -> '&';
                    case "quot" -> '"';
                    case "apos", "rsquo" -> '\u2019';
                    case "lsquo" -> '\u2018';
                    case "ldquo" -> '\u201C';
                    case "rdquo" -> '\u201D';
                    case "laquo" -> '\u00AB';
                    case "raquo" -> '\u00BB';
                    case "nbsp" -> ' ';
                    case "mdash" -> '\u2014';
                    case "ndash" -> '\u2013';
                    case "hellip" -> '\u2026';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    default -> -1;
                };
            }
            if (code < 0x20 || code > 0xFFFF || Character.isSurrogate((char) code) || (code >= 0x7F && code < 0xA0)) {
                continue; // control characters would add line breaks the original does not have
            }
            // An opening mark stays next to the words it opens, anything else next to the words before it;
            // a straight quote opens when a word follows it.
            boolean straight = code == '"' || code == '\'';
            boolean opening = code == '\u201C' || code == '\u2018' || code == '\u00AB' || code == '\u201E'
                    || (straight && m.end() < text.length() && !Character.isWhitespace(text.charAt(m.end())));
            int at = opening ? m.end() - 1 : m.start();
            for (int i = m.start(); i < m.end(); i++) {
                work[i] = i == at ? (char) code : ' ';
            }
            decoded.add(new Span(m.start(), m.end()));
        }
        return decoded;
    }

    /** [start, end) of every line, without its line terminator. */
    private static List<int[]> lines(char[] work) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= work.length; i++) {
            boolean lone = i < work.length && (work[i] == '\r' && (i + 1 == work.length || work[i + 1] != '\n')
                    || work[i] == '\u2028' || work[i] == '\u2029' || work[i] == '\u0085');
            if (lone) {
                work[i] = '\n'; // old Mac and Unicode line ends; CoreNLP then breaks sentences there too
            }
            if (i == work.length || work[i] == '\n') {
                int end = i;
                if (end > start && work[end - 1] == '\r') {
                    end--;
                }
                out.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * A text is hard-wrapped when most of its non-blank lines have similar, typewriter-like lengths and
     * run on into the next line without ending a sentence.
     */
    private static boolean looksHardWrapped(char[] work, List<int[]> lines) {
        int nonBlank = 0;
        int wrappedLike = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] l = lines.get(i);
            Span s = trim(work, l[0], l[1]);
            if (s.isEmpty()) {
                continue;
            }
            nonBlank++;
            Span next = trim(work, lines.get(i + 1)[0], lines.get(i + 1)[1]);
            char last = work[s.end() - 1];
            if (s.length() >= WRAPPED_LINE_MIN && s.length() <= WRAPPED_LINE_MAX && !next.isEmpty()
                    && ".!?:\"”’".indexOf(last) < 0) {
                wrappedLike++;
            }
        }
        return nonBlank >= WRAPPED_TEXT_MIN_LINES && wrappedLike * 100 >= nonBlank * WRAPPED_LINES_PERCENT;
    }

    private static List<Span> trimmedLines(char[] work, List<int[]> lines) {
        List<Span> out = new ArrayList<>();
        for (int[] l : lines) {
            Span s = trim(work, l[0], l[1]);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> joinWrapped(char[] work, List<int[]> lines) {
        List<Span> out = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        for (int[] l : lines) {
            Span s = trim(work, l[0], l[1]);
            if (s.isEmpty()) {
                if (blockStart >= 0) {
                    out.add(new Span(blockStart, blockEnd));
                    blockStart = -1;
                }
                continue;
            }
            if (blockStart < 0) {
                blockStart = s.start();
            } else {
                for (int i = blockEnd; i < s.start(); i++) {
                    work[i] = ' ';
                }
            }
            blockEnd = s.end();
        }
        if (blockStart >= 0) {
            out.add(new Span(blockStart, blockEnd));
        }
        return out;
    }

    private static Span trim(char[] work, int start, int end) {
        while (start < end && isBlank(work[start])) {
            start++;
        }
        while (end > start && isBlank(work[end - 1])) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static List<Paragraph> paragraphs(char[] work, List<Span> blocks) {
        List<Paragraph> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span block : blocks) {
            String text = new String(work, block.start(), block.length());
            String key = DUPLICATE_SUFFIX.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
            boolean duplicate = !seen.add(key);
            boolean afterBody = !out.isEmpty() && !out.get(out.size() - 1).heading();
            boolean heading = duplicate || isHeading(text, out.isEmpty() && blocks.size() > 1)
                    && !(afterBody && isQuoteParagraph(text));
            out.add(new Paragraph(block, out.size(), heading, duplicate));
        }
        return out;
    }

    /**
     * A paragraph that opens with a quote mark and runs to at least {@link #QUOTE_PARAGRAPH_MIN_WORDS}
     * words: after a body paragraph it is the speaker going on, even without its final period
     * ("“After that, the contracts go to the province”"), not a subheading.
     */
    static boolean isQuoteParagraph(String text) {
        return "\"“‘'«„".indexOf(text.charAt(0)) >= 0 && text.strip().split("\\s+").length >= QUOTE_PARAGRAPH_MIN_WORDS;
    }

    /** Titles, subheadings, datelines and bylines: short lines that do not end as a sentence does. */
    static boolean isHeading(String text, boolean first) {
        char c0 = text.charAt(0);
        if (c0 == '\u2014' || c0 == '\u2015' || c0 == '#' || c0 == '\u25A0' || c0 == '\u25CF') {
            return text.length() < MARKED_HEADING_MAX;
        }
        if (text.length() >= HEADING_MAX && !(first && text.length() < TITLE_MAX)) {
            return false;
        }
        if (DASH_ATTRIBUTION.matcher(text).find()) {
            return false; // “...” — Tom Harlan
        }
        if (text.regionMatches(true, 0, "By ", 0, 3) && text.length() < BYLINE_MAX) {
            return true;
        }
        int end = text.length();
        // Closing marks, and “ typed for one right after a word: at the end of a line it opens nothing.
        while (end > 0 && ("\"”’'»)]".indexOf(text.charAt(end - 1)) >= 0
                || text.charAt(end - 1) == '\u201C' && end > 1 && !Character.isWhitespace(text.charAt(end - 2)))) {
            end--;
        }
        // A line ending in a colon leads into what follows ("The New York Times reports:").
        boolean sentenceEnd = end > 0 && ".!?…:".indexOf(text.charAt(end - 1)) >= 0;
        if (!sentenceEnd) {
            return true;
        }
        return first && titleCase(text);
    }

    private static boolean titleCase(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : text.split("\\s+")) {
            if (w.length() < TITLE_WORD_MIN_LENGTH) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return words >= TITLE_MIN_WORDS && capitalised * 100 >= words * TITLE_CAPITALISED_PERCENT;
    }
}
