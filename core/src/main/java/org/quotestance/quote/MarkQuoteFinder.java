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
 *   <li>A single-quoted stretch counts only once its closing mark is found: in the same paragraph, on a
 *       line it runs on into, or in a paragraph that reopens it.
 *   <li>An opening mark of the same kind as an open quote ends that open quote (the closing mark was lost)
 *       and starts a new one.
 *   <li>An unclosed quote ends at the end of its paragraph unless the next paragraph reopens it with the
 *       same mark, in which case it continues there, or the paragraph is a line that stops mid-sentence at a
 *       single line break and the quote's closing mark comes on one of the next few lines before any mark
 *       that would open it anew, in which case it runs on into those lines.
 *   <li>A left double mark placed as a closing one (after a word or its punctuation, before a space,
 *       punctuation or the paragraph's end) closes the open double quote, while one is open: scraped text and
 *       word processors leave {@code “abhorrent“ in a tweet}. A same-mark quote nested in another and closed
 *       so ({@code “Critics call it “Obamacare,“ but it is the law,”}) still ends the outer one early.
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

    /**
     * A quote open at the end of a line that runs on (see {@link #runsOn}) continues only if its closing mark
     * comes within this many lines; set by hand (CoreNLP's tests wrap a quote over three lines); not measured
     * separately.
     */
    private static final int MAX_RUN_ON_LINES = 3;

    /**
     * Chars that end a line as a sentence or a quote ends, so that the line is a paragraph of its own rather
     * than a wrapped one; the same set as {@code TextCleaner}'s hard-wrap test.
     */
    private static final String LINE_END_MARKS = ".!?:\"\u201D\u2019";

    /**
     * Marks that end a word or sentence inside a quote, before its closing mark: {@code “Mostly False.“},
     * {@code “I think—“ she began}; set by hand from PolNeAR train's cases and a review; not measured separately.
     */
    private static final String WORD_END_MARKS = ".,!?;%]\u2026'\u2019)\u2014\u2013";
    /** Marks that may follow a closing quote mark directly: {@code “rapists“, and}; set by hand, as above. */
    private static final String PUNCTUATION_AFTER_CLOSE = ".,;:!?)]-\u2014\u2013\u2026";

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

    /**
     * The quotes a paragraph inherits from the one before: still open there, innermost on top; {@code reopened}
     * when the paragraph opens with the mark that reopens the outermost of them.
     */
    private record Carry(Deque<Open> open, boolean reopened) {
        static Carry none() {
            return new Carry(new ArrayDeque<>(), false);
        }
    }

    @Override
    public List<QuoteSpan> find(CleanText text) {
        String s = text.working();
        List<QuoteSpan> out = new ArrayList<>();
        List<Paragraph> paragraphs = text.paragraphs();
        Carry carried = Carry.none();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p).span();
            Deque<Open> stack = carried.open();
            // A paragraph that reopens the quote carried from the previous one: skip the reopening mark.
            int from = carried.reopened() ? para.start() + 1 : para.start();
            for (int i = from; i < para.end(); i++) {
                char c = s.charAt(i);
                Family opens = opener(s, i, para, stack);
                Family closes = opens == null ? closer(s, i, para, stack) : null;
                if (opens != null) {
                    if (isSingle(opens) && !singleCloses(s, i + 2, p, paragraphs, opens)) {
                        continue;
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
            carried = carry(s, paragraphs, p, stack, out);
        }
        out.replaceAll(q -> new QuoteSpan(text.widen(q.span()), q.content(), q.closed(), q.depth(), q.paragraph()));
        out.sort(Comparator.comparing(QuoteSpan::span, Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())));
        return out;
    }

    /**
     * The quotes still open at the end of paragraph {@code p} that go on into the next paragraph; the others
     * end here and are added to {@code out}.
     */
    private static Carry carry(String s, List<Paragraph> paragraphs, int p, Deque<Open> stack, List<QuoteSpan> out) {
        int end = paragraphs.get(p).span().end();
        if (stack.isEmpty()) {
            return Carry.none();
        }
        if (reopensNext(s, paragraphs, p, stack.peekLast())) {
            while (stack.size() > 1) {
                add(out, stack.pop(), end, false, s);
            }
            return new Carry(stack, true);
        }
        if (runsOn(s, paragraphs, p)) {
            // Quotes that close on the lines that follow go on there, inner ones first.
            while (!stack.isEmpty() && !closesOnRunOnLines(s, paragraphs, p + 1, stack.peek())) {
                add(out, stack.pop(), end, false, s);
            }
            return new Carry(stack, false);
        }
        while (!stack.isEmpty()) {
            add(out, stack.pop(), end, false, s);
        }
        return Carry.none();
    }

    /**
     * Whether paragraph {@code p + 1} reopens {@code bottom}, the outermost quote still open at the end of
     * paragraph {@code p}: a body paragraph that opens with the same mark; for a single quote, the chain of
     * paragraphs must also reach its closing mark.
     */
    private static boolean reopensNext(String s, List<Paragraph> paragraphs, int p, Open bottom) {
        if (p + 1 >= paragraphs.size() || paragraphs.get(p + 1).heading()) {
            return false;
        }
        int next = paragraphs.get(p + 1).span().start();
        if (!reopensWith(s.charAt(next), bottom.family)) {
            return false;
        }
        return !isSingle(bottom.family) || singleCloses(s, next + 1, p + 1, paragraphs, bottom.family);
    }

    /**
     * Whether paragraph {@code p} is a line that runs on into the next one: a single line break between them
     * and no sentence or quote ending the line, as in hard-wrapped text too short to be judged hard-wrapped.
     */
    private static boolean runsOn(String s, List<Paragraph> paragraphs, int p) {
        if (p + 1 >= paragraphs.size()) {
            return false;
        }
        Span line = paragraphs.get(p).span();
        int next = paragraphs.get(p + 1).span().start();
        int breaks = 0;
        for (int i = line.end(); i < next; i++) {
            if (s.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks == 1 && LINE_END_MARKS.indexOf(s.charAt(line.end() - 1)) < 0;
    }

    /**
     * Whether {@code open} closes on the run-on lines from paragraph {@code first}: its closing mark comes,
     * within {@link #MAX_RUN_ON_LINES} lines, before any mark that would open a quote of its kind.
     */
    private static boolean closesOnRunOnLines(String s, List<Paragraph> paragraphs, int first, Open open) {
        Deque<Open> alone = new ArrayDeque<>();
        alone.push(open);
        for (int q = first; q < paragraphs.size() && q < first + MAX_RUN_ON_LINES; q++) {
            Span line = paragraphs.get(q).span();
            for (int i = line.start(); i < line.end(); i++) {
                Family opens = opener(s, i, line, alone);
                if (opens != null && sameKind(opens, open.family)) {
                    return false;
                }
                Family closes = opens == null ? closer(s, i, line, alone) : null;
                if (closes != null && sameKind(closes, open.family)) {
                    return true;
                }
            }
            if (!runsOn(s, paragraphs, q)) {
                return false;
            }
        }
        return false;
    }

    /** The same family, or straight and curly double marks, which scraped text mixes. */
    private static boolean sameKind(Family a, Family b) {
        return a == b || (a == Family.CURLY_DOUBLE || a == Family.STRAIGHT_DOUBLE)
                && (b == Family.CURLY_DOUBLE || b == Family.STRAIGHT_DOUBLE);
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
        if (isSingle(open.family) && cEnd - cStart < MIN_SINGLE_QUOTED_LENGTH) {
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

    private static boolean isSingle(Family f) {
        return f == Family.STRAIGHT_SINGLE || f == Family.CURLY_SINGLE;
    }

    private static boolean isDouble(Family f) {
        return f == Family.CURLY_DOUBLE || f == Family.STRAIGHT_DOUBLE || f == Family.GUILLEMET;
    }

    private static boolean reopensWith(char c, Family f) {
        return switch (f) {
            case CURLY_DOUBLE -> c == '\u201C' || c == '\u201E';
            case STRAIGHT_DOUBLE -> c == '"';
            case GUILLEMET -> c == '\u00AB';
            case CURLY_SINGLE -> c == '\u2018';
            case STRAIGHT_SINGLE -> c == '\'';
        };
    }

    private static Family opener(String s, int i, Span para, Deque<Open> stack) {
        char c = s.charAt(i);
        switch (c) {
            case '\u201C': // “ opens, except as the closing mark of a „ quote or a closing mark typed wrong
                return lowNineOpen(s, stack) || placedAsClosingMark(s, i, para, stack) ? null : Family.CURLY_DOUBLE;
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
                return openingBoundary(s, i, para) && (letterAt(s, i + 1, para) || opensDoubleAt(s, i + 1, para))
                        ? Family.STRAIGHT_SINGLE : null;
            default:
                return null;
        }
    }

    private static boolean letterAt(String s, int i, Span para) {
        return i < para.end() && Character.isLetter(s.charAt(i));
    }

    /** A double mark that opens words, as inside a single quote that opens with a quotation: '"No," he said'. */
    private static boolean opensDoubleAt(String s, int i, Span para) {
        return i < para.end() && "\"\u201C\u201E\u00AB".indexOf(s.charAt(i)) >= 0 && letterAt(s, i + 1, para);
    }

    /**
     * Whether a left double mark stands where a right one belongs: right after a word or its closing punctuation
     * and before a space, punctuation or the paragraph's end ({@code called it “abhorrent“ in a tweet},
     * {@code “It's unusual,“ said Noble}), as word processors' quote substitution and scraping leave them,
     * while a double quote is open; with none open it opens, however spaced ({@code He said,“ We will win.”}).
     */
    private static boolean placedAsClosingMark(String s, int i, Span para, Deque<Open> stack) {
        boolean doubleOpen = find(stack, Family.CURLY_DOUBLE) != null || find(stack, Family.STRAIGHT_DOUBLE) != null;
        if (i == para.start() || !doubleOpen) {
            return false;
        }
        char before = s.charAt(i - 1);
        boolean afterWord = Character.isLetterOrDigit(before) || WORD_END_MARKS.indexOf(before) >= 0;
        if (!afterWord) {
            return false;
        }
        if (spaceAfter(s, i, para)) {
            return true;
        }
        char after = s.charAt(i + 1);
        return Character.isSpaceChar(after) || PUNCTUATION_AFTER_CLOSE.indexOf(after) >= 0; // no-break space too
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
                return lowNineOpen(s, stack) || placedAsClosingMark(s, i, para, stack) ? Family.CURLY_DOUBLE : null;
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

    /**
     * Whether a closing single mark of family {@code f} follows offset {@code from} of paragraph {@code p}:
     * in that paragraph, on the lines it {@link #runsOn runs on} into (at most {@link #MAX_RUN_ON_LINES}), or in
     * the body paragraphs that reopen it with the same mark.
     */
    private static boolean singleCloses(String s, int from, int p, List<Paragraph> paragraphs, Family f) {
        char close = f == Family.CURLY_SINGLE ? '\u2019' : '\'';
        int runOnLines = 0;
        int start = from;
        for (int q = p; q < paragraphs.size(); q++) {
            Span para = paragraphs.get(q).span();
            for (int j = Math.max(start, para.start() + 1); j < para.end(); j++) {
                if (s.charAt(j) == close && !letterAfter(s, j, para) && !Character.isWhitespace(s.charAt(j - 1))) {
                    return true;
                }
            }
            if (q + 1 >= paragraphs.size()) {
                return false;
            }
            Paragraph next = paragraphs.get(q + 1);
            if (runsOn(s, paragraphs, q) && runOnLines < MAX_RUN_ON_LINES) {
                runOnLines++;
                start = next.span().start();
            } else if (!next.heading() && reopensWith(s.charAt(next.span().start()), f)) {
                runOnLines = 0;
                start = next.span().start() + 1;
            } else {
                return false;
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
