package org.quotestance.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.quotestance.text.Span;

/**
 * Tokens and sentences of one document, as produced by a {@link LanguageAnalyzer}. Immutable.
 *
 * @param text      the text that was analysed (the original text with junk masked, same length)
 * @param tokens    all tokens in text order
 * @param sentences all sentences in text order; together they cover every token once
 */
public record AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i || s.endToken() > tokens.size()) {
                throw new IllegalArgumentException("sentence " + i + " has index " + s.index() + " and tokens ["
                        + s.firstToken() + ", " + s.endToken() + ") of " + tokens.size());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i || t.sentence() < 0 || t.sentence() >= sentences.size() || t.end() > text.length()) {
                throw new IllegalArgumentException("token " + i + " (" + t + ") is out of place in a text of "
                        + text.length() + " chars and " + sentences.size() + " sentences");
            }
        }
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Tokens lying wholly inside {@code span}, in order. */
    public List<Token> tokensIn(Span span) {
        int from = firstTokenAtOrAfter(span.start());
        List<Token> out = new ArrayList<>();
        for (int i = from; i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            if (tokens.get(i).end() <= span.end()) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** Index of the first token that starts at or after {@code offset}; {@code tokens().size()} if none. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence holding {@code offset}, or the nearest one before it; -1 when there is none. */
    public int sentenceAt(int offset) {
        int idx = Collections.binarySearch(sentences, null, (s, ignored) -> {
            if (s.span().end() <= offset) {
                return -1;
            }
            return s.span().start() > offset ? 1 : 0;
        });
        if (idx >= 0) {
            return idx;
        }
        return -idx - 2;
    }
}
