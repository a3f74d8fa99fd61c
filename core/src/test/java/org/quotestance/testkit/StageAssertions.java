package org.quotestance.testkit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.Cue;
import org.quotestance.attribution.Mention;
import org.quotestance.attribution.ReportedSpeech;
import org.quotestance.entity.Speaker;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.stance.Stance;
import org.quotestance.stance.Statement;
import org.quotestance.stance.StatementKind;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/**
 * Checks that a stage's output keeps the contract its interface's Javadoc states, as Lucene's
 * {@code BaseTokenStreamTestCase.assertTokenStreamContents} does for token streams: offsets in bounds and
 * reading back from the original text, spans sorted, ids that resolve. One method per stage output type;
 * each throws an {@link AssertionError} whose message names the item and what is wrong with it.
 *
 * <p>The checks hold for any correct implementation, not just the shipped ones: they say nothing about
 * which quotes or speakers are found, only that what is found is well-formed.
 */
public final class StageAssertions {

    /** Every char that opens or closes a quotation in some convention. */
    public static final String QUOTE_MARKS = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A"
            + "\u300C\u300D\u300E\u300F";


    private StageAssertions() {
    }

    /**
     * A {@link org.quotestance.text.TextCleaner} result: the original kept, a working text of the same length
     * that differs from it only by blanks, line breaks and decoded entities, paragraphs in order, in bounds,
     * trimmed and covering every non-blank char, entities in order and in bounds.
     */
    public static void assertCleanText(String original, CleanText clean) {
        check(clean.original().equals(original), "clean text: original differs from the text given");
        String working = clean.working();
        check(working.length() == original.length(), "clean text: working length %d != original length %d",
                working.length(), original.length());
        Span previous = null;
        for (Span e : clean.entities()) {
            inBounds("entity", e, original);
            check(original.charAt(e.start()) == '&' && original.charAt(e.end() - 1) == ';',
                    "entity %s: %s is no character entity", e, quoted(e.textOf(original)));
            check(previous == null || previous.end() <= e.start(), "entity %s overlaps or precedes entity %s", e, previous);
            previous = e;
        }
        for (int i = 0; i < working.length(); i++) {
            char w = working.charAt(i);
            check(w == original.charAt(i) || w == ' ' || w == '\n' || insideAny(clean.entities(), i),
                    "clean text: working char %d is %s where the original has %s, outside any entity", i,
                    escape(String.valueOf(w)), escape(String.valueOf(original.charAt(i))));
        }
        List<Paragraph> paragraphs = clean.paragraphs();
        boolean[] covered = new boolean[working.length()];
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String what = "paragraph " + i + " " + p.span();
            check(p.index() == i, "%s: index %d", what, p.index());
            inBounds(what, p.span(), original);
            check(!p.span().isEmpty(), "%s is empty", what);
            check(!isBlank(working.charAt(p.span().start())) && !isBlank(working.charAt(p.span().end() - 1)),
                    "%s is not trimmed: %s", what, quoted(p.span().textOf(working)));
            check(i == 0 || paragraphs.get(i - 1).span().end() <= p.span().start(),
                    "%s overlaps or precedes paragraph %d %s", what, i - 1, i == 0 ? null : paragraphs.get(i - 1).span());
            for (int c = p.span().start(); c < p.span().end(); c++) {
                covered[c] = true;
            }
        }
        for (int c = 0; c < working.length(); c++) {
            check(covered[c] || isBlank(working.charAt(c)), "clean text: char %d %s of the working text %s lies in no paragraph",
                    c, escape(String.valueOf(working.charAt(c))), context(working, c));
        }
    }

    /**
     * A {@link org.quotestance.quote.QuoteFinder} result, per its contract: sorted by start, an enclosing quote
     * before the quotes nested in it; every span in bounds, starting at a quote mark (or the entity that encodes
     * one) and, when closed, ending at one; content inside the marks and trimmed; the paragraph index naming the
     * paragraph where the quote opens; no top-level quote crossing into a paragraph that neither reopens it nor
     * follows a line that runs on into it; and
     * no quotes at all in a text without quote marks.
     */
    public static void assertQuoteSpans(CleanText text, List<QuoteSpan> spans) {
        String original = text.original();
        String working = text.working();
        if (!hasQuoteMark(original) && !hasQuoteMark(working)) {
            check(spans.isEmpty(), "text without quote marks gave %d quotes, the first %s", spans.size(),
                    spans.isEmpty() ? null : describe(spans.get(0).span(), original));
        }
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            String what = "quote " + i + " " + q.span();
            inBounds(what, q.span(), original);
            what = "quote " + i + " " + describe(q.span(), original);
            check(!q.span().isEmpty(), "%s is empty", what);
            check(startsWithMark(text, q.span()), "%s does not start with a quote mark or its entity", what);
            check(!q.closed() || endsWithMark(text, q.span()), "%s is closed but does not end with a quote mark", what);
            check(q.content().start() > q.span().start(), "%s: content %s includes the opening mark", what, q.content());
            check(!q.closed() || q.content().end() < q.span().end(), "%s: content %s includes the closing mark", what,
                    q.content());
            String content = q.content().textOf(working);
            check(content.equals(content.strip()), "%s: content %s is not trimmed", what, quoted(content));
            check(q.depth() >= 0, "%s: depth %d", what, q.depth());
            if (i > 0) {
                Span prev = spans.get(i - 1).span();
                check(prev.start() < q.span().start() || prev.start() == q.span().start() && prev.end() >= q.span().end(),
                        "%s comes after quote %d %s: not sorted by start, enclosing first", what, i - 1, prev);
            }
            if (q.depth() > 0) {
                boolean enclosed = false;
                for (int j = 0; j < i; j++) {
                    enclosed |= spans.get(j).depth() == q.depth() - 1 && spans.get(j).span().contains(q.span());
                }
                check(enclosed, "%s has depth %d but no earlier quote of depth %d encloses it", what, q.depth(), q.depth() - 1);
            }
            List<Paragraph> paragraphs = text.paragraphs();
            check(q.paragraph() >= 0 && q.paragraph() < paragraphs.size(), "%s: paragraph %d of %d", what,
                    q.paragraph(), paragraphs.size());
            Span opening = text.widen(paragraphs.get(q.paragraph()).span());
            check(opening.contains(q.span().start()), "%s opens outside its paragraph %d %s", what, q.paragraph(), opening);
            if (q.depth() == 0) {
                for (int p = q.paragraph() + 1; p < paragraphs.size() && paragraphs.get(p).span().start() < q.span().end(); p++) {
                    char first = working.charAt(paragraphs.get(p).span().start());
                    check(QUOTE_MARKS.indexOf(first) >= 0 || runsOn(working, paragraphs.get(p - 1), paragraphs.get(p)),
                            "%s crosses into paragraph %d, which neither reopens it nor follows a line running on", what, p);
                }
            }
        }
    }

    /** Whether {@code line} runs on into {@code next}: one line break between them, no sentence or quote ending it. */
    private static boolean runsOn(String working, Paragraph line, Paragraph next) {
        String gap = working.substring(line.span().end(), next.span().start());
        char last = working.charAt(line.span().end() - 1);
        return gap.indexOf('\n') == gap.lastIndexOf('\n') && gap.indexOf('\n') >= 0 && ".!?:\"\u201D\u2019".indexOf(last) < 0;
    }

    /**
     * A {@link org.quotestance.nlp.LanguageAnalyzer} result for {@code text}, per its contract: the text kept;
     * tokens and sentences in bounds, sorted and non-overlapping; sentences covering every token once, in order,
     * each sentence's span holding its tokens; entity classes from the documented set; an empty or blank text
     * giving no tokens and no sentences.
     */
    public static void assertAnnotatedText(String text, AnnotatedText nlp) {
        check(nlp.text().equals(text), "annotated text differs from the text analysed");
        if (text.isBlank()) {
            check(nlp.tokens().isEmpty() && nlp.sentences().isEmpty(), "blank text gave %d tokens and %d sentences",
                    nlp.tokens().size(), nlp.sentences().size());
        }
        List<Token> tokens = nlp.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String what = "token " + i + " " + quoted(t.word()) + " " + t.span();
            inBounds(what, t.span(), text);
            check(t.index() == i, "%s has index %d", what, t.index());
            check(!t.tag().isEmpty(), "%s has an empty tag", what);
            if (i > 0) {
                Token prev = tokens.get(i - 1);
                check(prev.end() <= t.start(), "%s overlaps or precedes token %d %s %s", what, i - 1, quoted(prev.word()),
                        prev.span());
            }
        }
        int next = 0;
        List<Sentence> sentences = nlp.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String what = "sentence " + i + " " + s.span();
            inBounds(what, s.span(), text);
            check(s.firstToken() == next, "%s starts at token %d, not at token %d after the previous sentence", what,
                    s.firstToken(), next);
            check(i == 0 || sentences.get(i - 1).span().end() <= s.span().start(), "%s overlaps or precedes sentence %d %s",
                    what, i - 1, i == 0 ? null : sentences.get(i - 1).span());
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = tokens.get(k);
                check(t.sentence() == i, "token %d %s lies in %s but names sentence %d", k, quoted(t.word()), what, t.sentence());
                check(s.span().contains(t.span()), "token %d %s %s lies outside its %s", k, quoted(t.word()), t.span(), what);
            }
            next = s.endToken();
        }
        check(next == tokens.size(), "sentences cover %d of %d tokens", next, tokens.size());
    }

    /**
     * A {@link org.quotestance.attribution.SpeakerAttributor} result for {@code input}, per its contract: one
     * quote per input span, in the same order and at the same span; at most one attribution per quote, none for
     * scare and nested quotes, in text order; every speaker id naming one returned speaker, and every speaker
     * named; mentions and cues reading back from the original text; reported speech in text order, in bounds and
     * holding no attributed quote.
     */
    public static void assertAttributedQuotes(CleanText text, List<QuoteSpan> input, AttributedQuotes result) {
        String original = text.original();
        List<Quote> quotes = result.quotes();
        check(quotes.size() == input.size(), "%d quote spans in, %d quotes out", input.size(), quotes.size());
        Map<Span, Integer> quoteAt = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            check(q.span().equals(input.get(i).span()), "quote %d is %s, but the input span %d is %s", i,
                    describe(q.span(), original), i, describe(input.get(i).span(), original));
            QuoteSpan in = input.get(i);
            check(q.content().equals(in.content()) && q.closed() == in.closed() && q.paragraph() == in.paragraph(),
                    "quote %d %s has content %s, closed %s, paragraph %d, but its input span has %s, %s, %d", i,
                    describe(q.span(), original), q.content(), q.closed(), q.paragraph(), in.content(), in.closed(),
                    in.paragraph());
            quoteAt.put(q.span(), i);
        }
        Map<String, Speaker> speakers = speakersById(result.speakers());
        Set<String> named = new HashSet<>();
        Set<Span> attributed = new HashSet<>();
        Span previous = null;
        for (Attribution a : result.attributions()) {
            String what = "attribution of " + describe(a.quote(), original) + " to " + a.speakerId();
            Integer i = quoteAt.get(a.quote());
            check(i != null, "%s: no returned quote has that span", what);
            check(attributed.add(a.quote()), "%s: the quote has a second attribution", what);
            Quote q = quotes.get(i);
            check(q.kind() != QuoteKind.SCARE && q.kind() != QuoteKind.NESTED, "%s: a %s quote gets no attribution", what,
                    q.kind());
            check(input.get(i).depth() == 0, "%s: a nested quote (depth %d) gets no attribution", what, input.get(i).depth());
            check(previous == null || previous.compareTo(a.quote()) < 0, "%s comes after the attribution of %s: not in text order",
                    what, previous);
            previous = a.quote();
            check(a.speakerId() == null || speakers.containsKey(a.speakerId()), "%s: no returned speaker has id %s", what,
                    a.speakerId());
            named.add(a.speakerId());
            assertMention(what, a.mention(), original);
            assertCue(what, a.cue(), original);
        }
        previous = null;
        for (ReportedSpeech r : result.reported()) {
            String what = "reported speech " + r.sentence();
            inBounds(what, r.sentence(), original);
            what = "reported speech " + describe(r.sentence(), original);
            check(previous == null || previous.compareTo(r.sentence()) < 0, "%s comes after %s: not in text order", what, previous);
            previous = r.sentence();
            check(speakers.containsKey(r.speakerId()), "%s: no returned speaker has id %s", what, r.speakerId());
            named.add(r.speakerId());
            check(r.confidence() >= 0 && r.confidence() <= 1, "%s: confidence %s outside [0, 1]", what, r.confidence());
            for (Span q : attributed) {
                check(!r.sentence().contains(q), "%s holds the attributed quote %s", what, q);
            }
            assertMention(what, r.mention(), original);
            assertCue(what, r.cue(), original);
        }
        for (Speaker s : result.speakers()) {
            check(named.contains(s.id()), "speaker %s is named by no attribution or reported speech", s);
        }
    }

    /**
     * Statements of a document, as {@link org.quotestance.stance.StatementExtractor#extract} gives them: in text
     * order and in bounds, each naming one of {@code speakers}, its mention and cue reading back from the text, a
     * direct statement being one of {@code quotes}, and a stance for exactly its topics.
     */
    public static void assertStatements(String original, List<Quote> quotes, List<Speaker> speakers,
                                        List<Statement> statements) {
        Map<String, Speaker> byId = speakersById(speakers);
        Set<Span> direct = new HashSet<>();
        quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).forEach(q -> direct.add(q.span()));
        Span previous = null;
        for (Statement s : statements) {
            String what = s.kind() + " statement " + s.content();
            inBounds(what, s.content(), original);
            what = s.kind() + " statement " + describe(s.content(), original);
            check(previous == null || previous.compareTo(s.content()) <= 0, "%s comes after %s: not in text order", what, previous);
            previous = s.content();
            check(byId.containsKey(s.speakerId()), "%s: no speaker has id %s", what, s.speakerId());
            check(s.kind() != StatementKind.DIRECT || direct.contains(s.content()), "%s is no direct quote of the document", what);
            check(s.confidence() >= 0 && s.confidence() <= 1, "%s: confidence %s outside [0, 1]", what, s.confidence());
            check(new HashSet<>(s.topics()).equals(s.stances().keySet()), "%s: topics %s but stances on %s", what, s.topics(),
                    s.stances().keySet());
            if (s.mention() != null) {
                assertMention(what, s.mention(), original);
            }
            if (s.cue() != null) {
                assertCue(what, s.cue(), original);
            }
        }
    }

    /**
     * A whole {@link org.quotestance.QuoteStance#analyze} result for {@code text}: the text kept; quotes sorted
     * and starting at marks; attributions, speakers and statements as the stage checks say, an indirect statement
     * (reported speech) holding no attributed quote; every stance naming a speaker and resting on statements of that
     * speaker.
     */
    public static void assertDocumentAnalysis(String text, DocumentAnalysis a) {
        check(a.text().equals(text), "analysis: text differs from the text given");
        String original = a.text();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            String what = "quote " + i + " " + q.span();
            inBounds(what, q.span(), original);
            what = "quote " + i + " " + describe(q.span(), original);
            check(QUOTE_MARKS.indexOf(original.charAt(q.span().start())) >= 0 || original.charAt(q.span().start()) == '&',
                    "%s does not start with a quote mark or an entity", what);
            check(i == 0 || a.quotes().get(i - 1).span().start() <= q.span().start(), "%s comes after quote %d %s: not sorted",
                    what, i - 1, i == 0 ? null : a.quotes().get(i - 1).span());
        }
        Map<String, Speaker> byId = speakersById(a.speakers());
        Set<Span> quotes = new HashSet<>();
        a.quotes().forEach(q -> quotes.add(q.span()));
        Set<Span> attributed = new HashSet<>();
        for (Attribution at : a.attributions()) {
            String what = "attribution of " + describe(at.quote(), original) + " to " + at.speakerId();
            check(quotes.contains(at.quote()), "%s: no returned quote has that span", what);
            check(attributed.add(at.quote()), "%s: the quote has a second attribution", what);
            check(at.speakerId() == null || byId.containsKey(at.speakerId()), "%s: no returned speaker has id %s", what,
                    at.speakerId());
            assertMention(what, at.mention(), original);
            assertCue(what, at.cue(), original);
        }
        assertStatements(original, a.quotes(), a.speakers(), a.statements());
        for (Statement s : a.statements()) {
            for (Span q : attributed) {
                check(s.kind() != StatementKind.INDIRECT || !s.content().contains(q),
                        "INDIRECT statement %s holds the attributed quote %s: reported speech holds no attributed quote",
                        describe(s.content(), original), q);
            }
        }
        for (Stance st : a.stances()) {
            String what = "stance of " + st.speakerId() + " on " + st.topic();
            check(byId.containsKey(st.speakerId()), "%s: no speaker has id %s", what, st.speakerId());
            check(st.confidence() >= 0 && st.confidence() <= 1, "%s: confidence %s outside [0, 1]", what, st.confidence());
            for (Span e : st.evidence()) {
                check(a.statements().stream().anyMatch(s -> s.content().equals(e) && s.speakerId().equals(st.speakerId())),
                        "%s: evidence %s is no statement of that speaker", what, describe(e, original));
            }
        }
    }

    private static void assertMention(String owner, Mention m, String original) {
        inBounds(owner + ": mention", m.span(), original);
        check(m.text().equals(m.span().textOf(original)), "%s: mention text %s differs from the text at its span %s, %s", owner,
                quoted(m.text()), m.span(), quoted(m.span().textOf(original)));
    }

    private static void assertCue(String owner, Cue c, String original) {
        inBounds(owner + ": cue", c.span(), original);
        check(c.text().equals(c.span().textOf(original)), "%s: cue text %s differs from the text at its span %s, %s", owner,
                quoted(c.text()), c.span(), quoted(c.span().textOf(original)));
    }

    private static Map<String, Speaker> speakersById(List<Speaker> speakers) {
        Map<String, Speaker> byId = new HashMap<>();
        for (Speaker s : speakers) {
            check(byId.put(s.id(), s) == null, "two speakers have id %s", s.id());
        }
        return byId;
    }

    private static boolean startsWithMark(CleanText text, Span span) {
        if (QUOTE_MARKS.indexOf(text.original().charAt(span.start())) >= 0) {
            return true;
        }
        return text.entities().stream().anyMatch(e -> e.start() == span.start() && hasQuoteMark(e.textOf(text.working())));
    }

    private static boolean endsWithMark(CleanText text, Span span) {
        if (QUOTE_MARKS.indexOf(text.original().charAt(span.end() - 1)) >= 0) {
            return true;
        }
        return text.entities().stream().anyMatch(e -> e.end() == span.end() && hasQuoteMark(e.textOf(text.working())));
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTE_MARKS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(List<Span> spans, int index) {
        return spans.stream().anyMatch(s -> s.contains(index));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static void inBounds(String what, Span span, String text) {
        check(span.end() <= text.length(), "%s ends after the text length %d", what, text.length());
    }

    private static String describe(Span span, String text) {
        return span + (span.end() <= text.length() ? " " + quoted(clip(span.textOf(text))) : " (out of bounds)");
    }

    private static String context(String text, int at) {
        return quoted(text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)));
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 60) + "..." + s.substring(s.length() - 17);
    }

    private static String quoted(String s) {
        return "<" + escape(s) + ">";
    }

    /** {@code s} with control chars, lone surrogates and line breaks escaped, so a failure message stays on a line. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void check(boolean ok, String format, Object... args) {
        if (!ok) {
            throw new AssertionError(String.format(format, args));
        }
    }
}
