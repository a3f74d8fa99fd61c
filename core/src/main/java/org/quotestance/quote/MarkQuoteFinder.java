package org.quotestance.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/**
 * Finds quotes by their marks: curly double and single quotes, straight double and single quotes,
 * guillemets and low-9 quotes, with nesting of a different mark inside another.
 *
 * <ul>
 *   <li>An apostrophe (a mark between letters, or after a letter with no single quote open) is not a quote.
 *   <li>A single-quoted stretch counts only once its closing mark is found in the same paragraph.
 *   <li>An opening mark of the same kind as an open quote ends that open quote (the closing mark was lost)
 *       and starts a new one.
 *   <li>An unclosed quote ends at the end of its paragraph unless the next paragraph reopens it with the
 *       same mark, in which case it continues there.
 *   <li>A closing mark with no quote open is ignored.
 * </ul>
 * Stateless and thread-safe.
 */
public final class MarkQuoteFinder implements QuoteFinder {

    /**
     * The fewest characters a single-quoted stretch must hold to be a quote, so that the 'n' of "rock 'n' roll"
     * is none; set by hand; not measured separately.
     */
    private static final int MIN_SINGLE_QUOTED_LENGTH = 2;

    private enum Family { CURLY_DOUBLE, STRAIGHT_DOUBLE, GUILLEMET, CURLY_SINGLE, STRAIGHT_SINGLE }

    private static final class Open {
        final Family family;
        final int start;
        final int paragraph;
        final int depth;

        Open(Family family, int start, int paragraph, int depth) {
            this.family = family;
            this.start = start;
            this.paragraph = paragraph;
            this.depth = depth;
        }
    }

    @Override
    public List<QuoteSpan> find(CleanText text) {
        String s = text.working();
        List<QuoteSpan> out = new ArrayList<>();
        List<Paragraph> paragraphs = text.paragraphs();
        Open carried = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p).span();
            Deque<Open> stack = new ArrayDeque<>();
            int from = para.start();
            if (carried != null) {
                // The paragraph reopens the quote carried from the previous one: skip the reopening mark.
                stack.push(carried);
                from = para.start() + 1;
                carried = null;
            }
            for (int i = from; i < para.end(); i++) {
                char c = s.charAt(i);
                Family opens = opener(s, i, para, stack);
                Family closes = opens == null ? closer(s, i, para, stack) : null;
                if (opens != null) {
                    if (opens == Family.STRAIGHT_SINGLE || opens == Family.CURLY_SINGLE) {
                        if (!hasSingleClose(s, i, para, opens)) {
                            continue;
                        }
                    }
                    Open same = find(stack, opens);
                    if (same != null) {
                        // The open quote of this kind lost its closing mark: end it before this one.
                        closeUnclosed(out, stack, same, i, s);
                    }
                    stack.push(new Open(opens, i, p, stack.size()));
                } else if (closes != null) {
                    Open match = find(stack, closes);
                    if (match == null && isDouble(closes)) {
                        // Mixed marks in scraped text: "Oz has a huge bully pulpit,” closes the straight quote.
                        match = find(stack, closes == Family.CURLY_DOUBLE ? Family.STRAIGHT_DOUBLE : Family.CURLY_DOUBLE);
                    }
                    if (match == null) {
                        continue;
                    }
                    while (stack.peek() != match) {
                        Open inner = stack.pop();
                        add(out, inner, i, false, s);
                    }
                    stack.pop();
                    add(out, match, i + 1, true, s);
                }
                if (c == '\n') {
                    break;
                }
            }
            if (!stack.isEmpty()) {
                Open bottom = stack.peekLast();
                boolean reopens = p + 1 < paragraphs.size()
                        && isDouble(bottom.family)
                        && !paragraphs.get(p + 1).heading()
                        && reopensWith(s.charAt(paragraphs.get(p + 1).span().start()), bottom.family);
                while (stack.size() > (reopens ? 1 : 0)) {
                    add(out, stack.pop(), para.end(), false, s);
                }
                if (reopens) {
                    carried = stack.pop();
                }
            }
        }
        out.replaceAll(q -> new QuoteSpan(text.widen(q.span()), q.content(), q.closed(), q.depth(), q.paragraph()));
        out.sort(Comparator.comparing(QuoteSpan::span, Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())));
        return out;
    }

    private static void closeUnclosed(List<QuoteSpan> out, Deque<Open> stack, Open same, int at, String s) {
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            add(out, o, at, false, s);
            if (o == same) {
                return;
            }
        }
    }

    private static Open find(Deque<Open> stack, Family family) {
        for (Open o : stack) {
            if (o.family == family) {
                return o;
            }
        }
        return null;
    }

    private static void add(List<QuoteSpan> out, Open open, int end, boolean closed, String s) {
        int stop = end;
        while (stop > open.start + 1 && Character.isWhitespace(s.charAt(stop - 1))) {
            stop--;
        }
        int cStart = open.start + 1;
        int cEnd = closed ? stop - 1 : stop;
        while (cStart < cEnd && Character.isWhitespace(s.charAt(cStart))) {
            cStart++;
        }
        while (cEnd > cStart && Character.isWhitespace(s.charAt(cEnd - 1))) {
            cEnd--;
        }
        if (!hasLetterOrDigit(s, cStart, cEnd)) {
            return;
        }
        if ((open.family == Family.STRAIGHT_SINGLE || open.family == Family.CURLY_SINGLE)
                && cEnd - cStart < MIN_SINGLE_QUOTED_LENGTH) {
            return; // rock 'n' roll
        }
        out.add(new QuoteSpan(new Span(open.start, stop), new Span(cStart, cEnd), closed, open.depth, open.paragraph));
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDouble(Family f) {
        return f == Family.CURLY_DOUBLE || f == Family.STRAIGHT_DOUBLE || f == Family.GUILLEMET;
    }

    private static boolean reopensWith(char c, Family f) {
        return switch (f) {
            case CURLY_DOUBLE -> c == '\u201C' || c == '\u201E';
            case STRAIGHT_DOUBLE -> c == '"';
            case GUILLEMET -> c == '\u00AB';
            default -> false;
        };
    }

    private static Family opener(String s, int i, Span para, Deque<Open> stack) {
        char c = s.charAt(i);
        switch (c) {
            case '\u201C': // “ opens, except as the closing mark of a „ quote
                return lowNineOpen(s, stack) ? null : Family.CURLY_DOUBLE;
            case '\u201E':
            case '\u201F':
                return Family.CURLY_DOUBLE;
            case '\u00AB':
                return Family.GUILLEMET;
            case '"':
                if (find(stack, Family.STRAIGHT_DOUBLE) != null && !(spaceBefore(s, i, para) && !spaceAfter(s, i, para)
                        && closingStraightFollows(s, i, para, '"'))) {
                    return null;
                }
                return spaceAfter(s, i, para) ? null : Family.STRAIGHT_DOUBLE;
            case '\u2018':
                return letterBefore(s, i, para) || spaceAfter(s, i, para) ? null : Family.CURLY_SINGLE;
            case '\'':
                if (find(stack, Family.STRAIGHT_SINGLE) != null) {
                    return null;
                }
                return openingBoundary(s, i, para) && i + 1 < para.end() && Character.isLetter(s.charAt(i + 1))
                        ? Family.STRAIGHT_SINGLE : null;
            default:
                return null;
        }
    }

    private static boolean lowNineOpen(String s, Deque<Open> stack) {
        for (Open o : stack) {
            if (o.family == Family.CURLY_DOUBLE) {
                return s.charAt(o.start) == '\u201E';
            }
        }
        return false;
    }

    private static Family closer(String s, int i, Span para, Deque<Open> stack) {
        char c = s.charAt(i);
        switch (c) {
            case '\u201D':
                return Family.CURLY_DOUBLE;
            case '\u201C':
                return lowNineOpen(s, stack) ? Family.CURLY_DOUBLE : null;
            case '\u00BB':
                return Family.GUILLEMET;
            case '"':
                return Family.STRAIGHT_DOUBLE;
            case '\u2019':
                return find(stack, Family.CURLY_SINGLE) != null && !letterAfter(s, i, para) ? Family.CURLY_SINGLE : null;
            case '\'':
                return find(stack, Family.STRAIGHT_SINGLE) != null && !letterAfter(s, i, para)
                        && !spaceBefore(s, i, para) ? Family.STRAIGHT_SINGLE : null;
            default:
                return null;
        }
    }

    /** A single quote opens only if a closing single mark follows in the same paragraph. */
    private static boolean hasSingleClose(String s, int i, Span para, Family f) {
        char close = f == Family.CURLY_SINGLE ? '\u2019' : '\'';
        for (int j = i + 2; j < para.end(); j++) {
            if (s.charAt(j) == close && !letterAfter(s, j, para) && !Character.isWhitespace(s.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean closingStraightFollows(String s, int i, Span para, char mark) {
        return s.indexOf(mark, i + 1) >= 0 && s.indexOf(mark, i + 1) < para.end();
    }

    private static boolean openingBoundary(String s, int i, Span para) {
        if (i == para.start()) {
            return true;
        }
        char b = s.charAt(i - 1);
        return Character.isWhitespace(b) || "([{\u2014\u2013-/\"\u201C:".indexOf(b) >= 0;
    }

    private static boolean spaceBefore(String s, int i, Span para) {
        return i == para.start() || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014\u2013".indexOf(s.charAt(i - 1)) >= 0;
    }

    private static boolean spaceAfter(String s, int i, Span para) {
        return i + 1 >= para.end() || Character.isWhitespace(s.charAt(i + 1));
    }

    private static boolean letterBefore(String s, int i, Span para) {
        return i > para.start() && Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static boolean letterAfter(String s, int i, Span para) {
        return i + 1 < para.end() && Character.isLetterOrDigit(s.charAt(i + 1));
    }
}
