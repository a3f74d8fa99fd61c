package org.quotestance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.Span;

/**
 * A fast {@link LanguageAnalyzer} for tests that need some annotations for any text, random text included,
 * without loading CoreNLP: words and numbers by a regular expression, every other code point a token of its own;
 * tags from a tiny lexicon (speech verbs {@code VBD}, pronouns {@code PRP}, articles {@code DT}, punctuation as
 * itself, quote marks {@code ``} and {@code ''}), other capitalised words {@code NNP} and, inside a sentence,
 * {@code PERSON}; sentences end after {@code . ? !} (and the closing marks that follow) and at line breaks.
 * Its tags are poor; it exists to exercise the contract, not accuracy. Stateless and thread-safe.
 */
public final class CrudeAnalyzer implements LanguageAnalyzer {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:['’.-]\\p{L}[\\p{L}\\p{M}\\p{Nd}]*)*"
            + "|\\p{Nd}+(?:[.,]\\p{Nd}+)*|[^\\s\\p{Z}\\p{Cc}\\uFEFF]");
    private static final Map<String, String> LEXICON = Map.ofEntries(
            Map.entry("said", "VBD"), Map.entry("says", "VBZ"), Map.entry("told", "VBD"), Map.entry("added", "VBD"),
            Map.entry("asked", "VBD"), Map.entry("warned", "VBD"), Map.entry("insisted", "VBD"), Map.entry("called", "VBD"),
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("they", "PRP"), Map.entry("we", "PRP"),
            Map.entry("it", "PRP"), Map.entry("i", "PRP"), Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"),
            Map.entry("to", "TO"), Map.entry("of", "IN"), Map.entry("on", "IN"), Map.entry("according", "VBG"),
            Map.entry("and", "CC"), Map.entry("that", "IN"), Map.entry("is", "VBZ"), Map.entry("was", "VBD"));
    private static final String OPENING = "“‘«„‟‚‛‹「『";
    private static final String CLOSING = "”’»›」』\"'";

    @Override
    public AnnotatedText analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int first = 0;
        boolean ended = false;
        while (m.find()) {
            String word = m.group();
            boolean trailer = word.length() == 1 && CLOSING.indexOf(word.charAt(0)) >= 0;
            boolean lineBreak = !tokens.isEmpty() && text.substring(tokens.get(tokens.size() - 1).end(), m.start()).indexOf('\n') >= 0;
            if (!tokens.isEmpty() && (lineBreak || ended && !trailer)) {
                sentences.add(sentence(tokens, sentences.size(), first));
                first = tokens.size();
            }
            boolean initial = tokens.size() == first;
            tokens.add(new Token(new Span(m.start(), m.end()), word, tag(word), entity(word, initial), tokens.size(),
                    sentences.size()));
            ended = word.equals(".") || word.equals("?") || word.equals("!") || ended && trailer;
        }
        if (tokens.size() > first) {
            sentences.add(sentence(tokens, sentences.size(), first));
        }
        return new AnnotatedText(text, tokens, sentences);
    }

    private static Sentence sentence(List<Token> tokens, int index, int first) {
        return new Sentence(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()), index, first, tokens.size());
    }

    private static String tag(String word) {
        String known = LEXICON.get(word.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        int c = word.codePointAt(0);
        if (OPENING.indexOf(c) >= 0 || word.equals("\"")) {
            return "``";
        }
        if (CLOSING.indexOf(c) >= 0) {
            return "''";
        }
        if (Character.isUpperCase(c)) {
            return "NNP";
        }
        if (Character.isLetter(c)) {
            return "NN";
        }
        return Character.isDigit(c) ? "CD" : word.equals(".") || word.equals("?") || word.equals("!") ? "." : word;
    }

    private static EntityType entity(String word, boolean initial) {
        return !initial && Character.isUpperCase(word.codePointAt(0)) && !LEXICON.containsKey(word.toLowerCase(Locale.ROOT))
                ? EntityType.PERSON : EntityType.NONE;
    }
}
