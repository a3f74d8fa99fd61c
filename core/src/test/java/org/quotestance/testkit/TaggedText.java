package org.quotestance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.CleanText;
import org.quotestance.text.Span;
import org.quotestance.text.TextCleaner;

/**
 * A document written as tagged tokens, so that an attribution rule can be tested with the tags and entities it
 * needs and without loading CoreNLP:
 *
 * <pre>{@code
 * TaggedText t = TaggedText.parse("Lopez/NNP/PERSON said/VBD ,/, “/`` We/PRP will/MD win/VB ./. ”/''");
 * t.text();       // Lopez said, “We will win.”
 * t.clean();      // new TextCleaner().clean(t.text())
 * t.annotated();  // tokens with those words, tags and entities, at their offsets in t.text()
 * t.analyzer();   // a LanguageAnalyzer that returns t.annotated() for t's text
 * }</pre>
 *
 * <p>Each white-space separated item is {@code word/TAG/ENTITY} or {@code word/TAG} (entity {@code O}); write
 * {@code \/} for a slash in the word and {@code \\} for a backslash. Two markers are no tokens: {@code ||} ends
 * the sentence there, and {@code ¶} ends the sentence and the paragraph (a blank line in the text).
 *
 * <p>The text joins the words with single spaces, except: no space before a word that starts with
 * {@code , . : ; ? ! ’ ” » ) ]} or is a clitic ({@code n't}, {@code 's} and the like); no space after
 * {@code “ ‘ « ( [ —}; a straight {@code "} opens and closes in turn (no space after an opening one, none before a
 * closing one); and nothing around a paragraph break but the blank line.
 *
 * <p>Sentences end after a {@code .}, {@code ?} or {@code !} token together with the closing marks and brackets
 * that follow it, at {@code ||} and at {@code ¶}. The text must come out of {@link TextCleaner} unchanged at every
 * token (no HTML residue or entities), so that the tokens are where a real analyzer would put them.
 */
public final class TaggedText {

    /** Forces a sentence break. */
    public static final String SENTENCE_BREAK = "||";
    /** Forces a paragraph break (and a sentence break). */
    public static final String PARAGRAPH_BREAK = "¶";

    private static final Set<String> CLITICS = Set.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "’s", "’re", "’ll",
            "’ve", "’d", "’m", "n’t");
    private static final String NO_SPACE_BEFORE = ",.:;?!’”»)]";
    private static final String NO_SPACE_AFTER = "“‘«([—";
    private static final String SENTENCE_TRAILERS = "”’\"')]»";

    private final String text;
    private final CleanText clean;
    private final AnnotatedText annotated;

    private TaggedText(String text, CleanText clean, AnnotatedText annotated) {
        this.text = text;
        this.clean = clean;
        this.annotated = annotated;
    }

    /**
     * Parses tagged tokens into a document.
     *
     * @throws IllegalArgumentException for an item without a tag, with an empty word or too many parts, or for
     *                                  a text that the cleaner changes at a token
     */
    public static TaggedText parse(String tagged) {
        StringBuilder sb = new StringBuilder();
        List<String[]> parts = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Integer> breaksAfter = new ArrayList<>(); // token counts at which a sentence ends by a marker
        boolean glueNext = true;
        boolean straightOpen = false;
        for (String item : tagged.strip().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals(SENTENCE_BREAK) || item.equals(PARAGRAPH_BREAK)) {
                breaksAfter.add(parts.size());
                if (item.equals(PARAGRAPH_BREAK)) {
                    sb.append("\n\n");
                    glueNext = true;
                }
                continue;
            }
            String[] p = split(item);
            String word = p[0];
            boolean straight = word.equals("\"");
            boolean glue = glueNext || NO_SPACE_BEFORE.indexOf(word.charAt(0)) >= 0 || CLITICS.contains(word)
                    || straight && straightOpen;
            if (!glue) {
                sb.append(' ');
            }
            spans.add(new Span(sb.length(), sb.length() + word.length()));
            sb.append(word);
            parts.add(p);
            glueNext = NO_SPACE_AFTER.indexOf(word.charAt(word.length() - 1)) >= 0 && word.length() == 1
                    || straight && !straightOpen;
            if (straight) {
                straightOpen = !straightOpen;
            }
        }
        String text = sb.toString();
        CleanText clean = new TextCleaner().clean(text);
        for (int i = 0; i < spans.size(); i++) {
            if (!spans.get(i).textOf(clean.working()).equals(spans.get(i).textOf(text))) {
                throw new IllegalArgumentException("the cleaner changes token " + i + " <" + parts.get(i)[0] + ">"
                        + " to <" + spans.get(i).textOf(clean.working()) + ">: tagged text cannot hold HTML residue or entities");
            }
        }
        return new TaggedText(text, clean, annotate(clean.working(), parts, spans, breaksAfter));
    }

    private static String[] split(String item) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\\' && i + 1 < item.length()) {
                part.append(item.charAt(++i));
            } else if (c == '/') {
                out.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        out.add(part.toString());
        if (out.size() < 2 || out.size() > 3 || out.get(0).isEmpty() || out.get(1).isEmpty()) {
            throw new IllegalArgumentException("tagged item <" + item + "> is not word/TAG or word/TAG/ENTITY"
                    + " (write \\/ for a slash in the word)");
        }
        return new String[] {out.get(0), out.get(1), out.size() == 3 ? out.get(2) : "O"};
    }

    private static AnnotatedText annotate(String working, List<String[]> parts, List<Span> spans, List<Integer> breaksAfter) {
        List<int[]> ranges = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < parts.size(); i++) {
            String w = parts.get(i)[0];
            boolean ends = breaksAfter.contains(i + 1);
            if (!ends && (w.equals(".") || w.equals("?") || w.equals("!"))) {
                ends = true;
                while (i + 1 < parts.size() && !breaksAfter.contains(i + 1)
                        && SENTENCE_TRAILERS.contains(parts.get(i + 1)[0]) && parts.get(i + 1)[0].length() == 1) {
                    i++;
                }
            }
            if (ends || i == parts.size() - 1) {
                ranges.add(new int[] {first, i + 1});
                first = i + 1;
            }
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] == r[0]) {
                continue;
            }
            for (int i = r[0]; i < r[1]; i++) {
                String[] p = parts.get(i);
                tokens.add(new Token(spans.get(i), p[0], p[1], entity(p[2]), i, sentences.size()));
            }
            sentences.add(new Sentence(new Span(spans.get(r[0]).start(), spans.get(r[1] - 1).end()), sentences.size(), r[0], r[1]));
        }
        return new AnnotatedText(working, tokens, sentences);
    }

    /** The document text, detokenised by the rule in the class comment. */
    public String text() {
        return text;
    }

    /** {@code new TextCleaner().clean(text())}. */
    public CleanText clean() {
        return clean;
    }

    /** The tokens and sentences, with the given tags and entities, over {@code clean().working()}. */
    public AnnotatedText annotated() {
        return annotated;
    }

    /** An analyzer that returns {@link #annotated()} for this text, so a whole pipeline runs on it. */
    public LanguageAnalyzer analyzer() {
        return new FixedAnalyzer(annotated);
    }

    /** The span of the first token whose word is {@code word}. */
    public Span spanOf(String word) {
        return annotated.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no token <" + word + "> in " + text)).span();
    }

    @Override
    public String toString() {
        return text;
    }

    /** The entity class an item names: {@code O} or one of {@link EntityType}'s names. */
    private static EntityType entity(String label) {
        if (label.equals("O")) {
            return EntityType.NONE;
        }
        try {
            return EntityType.valueOf(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entity <" + label + "> is not O, PERSON, ORGANIZATION, LOCATION or MISC", e);
        }
    }
}
