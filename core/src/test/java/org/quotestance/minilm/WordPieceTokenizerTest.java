package org.quotestance.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pure-Java tokenizer gives the ids and token types that Hugging Face's own tokenizer (through DJL, reading
 * the MiniLM jar's tokenizer.json) gives, for single words, punctuation, accents, scripts, control characters and
 * pair truncation.
 */
class WordPieceTokenizerTest {

    private static final List<String> TEXTS = List.of(
            "“We will not allow the <Nord Stream 2> project to go ahead,” Blinken said.",
            "Lavrov: ‘All Russian actions in the Arctic are legal’ — and he won’t back down…",
            "Café, naïve, Zürich, São Paulo, Łódź, İstanbul and Ångström.",
            "The 31-year-old (D-Ohio) said: \"It's $4.5bn, 12%, 3:30 p.m. & #1!\"",
            "北京 said 東京 was ready; Москва and Αθήνα too. 😀 emoji 👍🏽 here",
            "tabs\tand\nnew\r\nlines\u00a0and\u2028separators\u2029and\u200bzero\u00adwidth\u0000nul\ufffd",
            "&lt;p&gt;HTML residue&nbsp;<br/> [link](http://example.com/a_b?c=d)",
            "supercalifragilisticexpialidocious " + "x".repeat(120) + " antidisestablishmentarianism",
            "Brinken and Blinken; unbelievable, unbelievably, re-examination, co-operation's",
            "",
            "   ");

    private static Path json;
    /** Hugging Face tokenizers by maximum length; building one reads the 700 KB tokenizer.json. */
    private static final Map<Integer, HuggingFaceTokenizer> REFERENCE = new HashMap<>();
    private static WordPieceTokenizer ours;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        json = dir.resolve("tokenizer.json");
        try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            Files.copy(in, json);
        }
        try (InputStream vocab = CrossEncoderStanceModel.class.getResourceAsStream("vocab.txt")) {
            ours = WordPieceTokenizer.read(vocab);
        }
    }

    private static HuggingFaceTokenizer huggingFace(int maxLength) throws IOException {
        HuggingFaceTokenizer t = REFERENCE.get(maxLength);
        if (t == null) {
            t = HuggingFaceTokenizer.builder().optTokenizerPath(json).optPadding(false).optTruncation(true)
                    .optMaxLength(maxLength).build();
            REFERENCE.put(maxLength, t);
        }
        return t;
    }

    @AfterAll
    static void close() {
        REFERENCE.values().forEach(HuggingFaceTokenizer::close);
    }

    @Test
    void readsTheWholeVocabulary() {
        assertThat(ours.size()).isEqualTo(30522);
    }

    @Test
    void givesHuggingFacesIdsForPairs() throws IOException {
        for (String a : List.of("Nord Stream 2", "Climate change is a serious concern")) {
            for (String b : TEXTS) {
                assertSame(a, b, 512);
            }
        }
    }

    @Test
    void truncatesLongestFirstAsHuggingFaceDoes() throws IOException {
        String longA = String.join(" ", TEXTS.subList(0, 4));
        String longB = String.join(" ", TEXTS.subList(4, 9));
        for (int max : new int[] {8, 9, 16, 17, 40, 64}) {
            assertSame("Nord Stream 2", longB, max);
            assertSame(longA, "short", max);
            assertSame(longA, longB, max);
        }
    }

    @Test
    void agreesOnSeededRandomText() throws IOException {
        long seed = Long.getLong("tests.seed", 20261201L);
        Random random = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ,.;:'\"“”‘’—–-()[]<>!?&%$#@/\\éüñçøåÉÖ\t\n€£¥…·§"
                + "北京東Москваαβγ😀\u00a0\u200b\u00ad";
        int[] points = alphabet.codePoints().toArray();
        for (int n = 0; n < 300; n++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                a.appendCodePoint(points[random.nextInt(points.length)]);
            }
            for (int k = random.nextInt(120); k > 0; k--) {
                b.appendCodePoint(points[random.nextInt(points.length)]);
            }
            assertSame(a.toString(), b.toString(), 16 * (2 + random.nextInt(4)));
        }
    }

    private static void assertSame(String a, String b, int maxLength) throws IOException {
        Encoding expected = huggingFace(maxLength).encode(a, b);
        WordPieceTokenizer.Encoding actual = ours.pair(a, b, maxLength);
        String where = "pair (" + a + " | " + b + ") at " + maxLength + ": expected " + Arrays.toString(expected.getTokens());
        assertThat(actual.ids()).as(where).containsExactly(toInts(expected.getIds()));
        assertThat(actual.typeIds()).as(where).containsExactly(toInts(expected.getTypeIds()));
    }

    private static int[] toInts(long[] ids) {
        return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
    }
}
