package org.quotestance.minilm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the Hugging Face {@code tokenizer.json} of all-MiniLM-L6-v2 and of
 * e5-small-v2 (the same vocabulary and rules) define it:
 * text cleaned (control characters dropped, white space made spaces, CJK characters set apart), lower-cased and
 * stripped of accents; split on white space and at every punctuation character; each word cut greedily into the
 * longest vocabulary pieces ("##" marking a continuation), {@code [UNK]} for a word that cannot be cut or is over
 * {@value #MAX_WORD_CHARS} characters. Pairs follow the template {@code [CLS] A [SEP] B [SEP]} with the longest-first
 * truncation rule of Hugging Face's {@code tokenizers}. Pure Java, so that it runs wherever the JVM does;
 * {@code WordPieceTokenizerTest} checks it against DJL's Hugging Face tokenizer. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

    /** Words longer than this many characters become {@code [UNK]} (Hugging Face's {@code max_input_chars_per_word}). */
    static final int MAX_WORD_CHARS = 100;
    /** Special tokens a pair adds: {@code [CLS]}, and {@code [SEP]} twice. */
    private static final int PAIR_SPECIAL_TOKENS = 3;

    private final Map<String, Integer> vocab;
    private final int cls;
    private final int sep;
    private final int unk;

    /** A pair's input ids and token type ids (0 for the first sequence and its markers, 1 for the second). */
    public record Encoding(int[] ids, int[] typeIds) {
    }

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
        this.unk = id("[UNK]");
    }

    private int id(String special) {
        Integer id = vocab.get(special);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + special);
        }
        return id;
    }

    /** A tokenizer over a vocabulary file: one token per line, its id its line number from 0. */
    public static WordPieceTokenizer read(InputStream vocabFile) {
        Map<String, Integer> vocab = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(vocabFile, StandardCharsets.UTF_8))) {
            String line;
            int id = 0;
            while ((line = r.readLine()) != null) {
                if (vocab.putIfAbsent(line, id) != null) {
                    throw new IllegalArgumentException("the WordPiece vocabulary lists \"" + line + "\" twice (line " + (id + 1) + ")");
                }
                id++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the WordPiece vocabulary", e);
        }
        return new WordPieceTokenizer(vocab);
    }

    /** The number of tokens in the vocabulary. */
    public int size() {
        return vocab.size();
    }

    /** {@code [CLS] a [SEP] b [SEP]}, truncated longest-first to at most {@code maxLength} ids. */
    public Encoding pair(String a, String b, int maxLength) {
        if (maxLength < PAIR_SPECIAL_TOKENS + 2) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for the two texts");
        }
        List<Integer> x = ids(a);
        List<Integer> y = ids(b);
        int budget = maxLength - PAIR_SPECIAL_TOKENS;
        if (x.size() + y.size() > budget) {
            int n1 = x.size();
            int n2 = y.size();
            boolean swap = n1 > n2;
            if (swap) {
                int t = n1;
                n1 = n2;
                n2 = t;
            }
            n2 = n1 > budget ? n1 : Math.max(n1, budget - n1);
            if (n1 + n2 > budget) {
                n1 = budget / 2;
                n2 = n1 + budget % 2;
            }
            if (swap) {
                int t = n1;
                n1 = n2;
                n2 = t;
            }
            x = x.subList(0, Math.min(n1, x.size()));
            y = y.subList(0, Math.min(n2, y.size()));
        }
        int n = x.size() + y.size() + PAIR_SPECIAL_TOKENS;
        int[] ids = new int[n];
        int[] types = new int[n];
        int k = 0;
        ids[k++] = cls;
        for (int id : x) {
            ids[k++] = id;
        }
        ids[k++] = sep;
        int second = k;
        for (int id : y) {
            ids[k++] = id;
        }
        ids[k] = sep;
        for (int j = second; j < n; j++) {
            types[j] = 1;
        }
        return new Encoding(ids, types);
    }

    /** The ids of {@code text}'s word pieces, without special tokens. */
    public List<Integer> ids(String text) {
        List<Integer> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.codePointCount(0, w.length()) > MAX_WORD_CHARS) {
                out.add(unk);
                continue;
            }
            List<Integer> pieces = new ArrayList<>();
            int start = 0;
            boolean bad = false;
            while (start < w.length()) {
                int end = w.length();
                Integer found = null;
                while (start < end) {
                    String sub = start == 0 ? w.substring(0, end) : "##" + w.substring(start, end);
                    found = vocab.get(sub);
                    if (found != null) {
                        break;
                    }
                    end = w.offsetByCodePoints(end, -1);
                }
                if (found == null) {
                    bad = true;
                    break;
                }
                pieces.add(found);
                start = end;
            }
            if (bad) {
                out.add(unk);
            } else {
                out.addAll(pieces);
            }
        }
        return out;
    }

    /** The text cleaned, lower-cased and without accents, split into words and punctuation characters. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String s = normalize(text);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                flush(cur, out);
            } else if (isPunctuation(c)) {
                flush(cur, out);
                out.add(new String(Character.toChars(c)));
            } else {
                cur.appendCodePoint(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (!cur.isEmpty()) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                b.append(' ');
            } else if (isCjk(c)) {
                b.append(' ').appendCodePoint(c).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        }
        String decomposed = Normalizer.normalize(lowerCase(b.toString()), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Lower case code point by code point, as Rust's {@code char::to_lowercase} (not locale-sensitive). */
    private static String lowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x130) {
                b.append("i\u0307"); // Rust's full mapping of İ
            } else {
                b.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE || t == Character.SURROGATE
                || t == Character.UNASSIGNED;
    }

    private static boolean isWhitespace(int c) {
        int t = Character.getType(c);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || t == Character.SPACE_SEPARATOR
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
