package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomTextTest {

    private static final List<String> TEXTS = LongStream.range(0, 300).mapToObj(seed -> RandomText.text(seed, 2000)).toList();

    @Test
    void givesTheSameTextForTheSameSeed() {
        assertThat(RandomText.text(42, 2000)).isEqualTo(RandomText.text(42, 2000));
        assertThat(RandomText.text(42, 2000)).isNotEqualTo(RandomText.text(43, 2000));
    }

    @Test
    void coversEveryKindOfOddText() {
        assertThat(TEXTS).as("curly double quotes").anyMatch(t -> t.contains("\u201C"));
        assertThat(TEXTS).as("guillemets").anyMatch(t -> t.contains("\u00AB"));
        assertThat(TEXTS).as("straight quotes").anyMatch(t -> t.contains("\"") && t.contains("'"));
        assertThat(TEXTS).as("unclosed quotes").anyMatch(t -> t.chars().filter(c -> c == '\u201C').count()
                != t.chars().filter(c -> c == '\u201D').count());
        assertThat(TEXTS).as("HTML tags").anyMatch(t -> t.contains("<p>") || t.contains("</p>"));
        assertThat(TEXTS).as("entities").anyMatch(t -> t.contains("&ldquo;") || t.contains("&#8220;"));
        assertThat(TEXTS).as("control chars").anyMatch(t -> t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'));
        assertThat(TEXTS).as("surrogate pairs").anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertThat(TEXTS).as("lone surrogates").anyMatch(RandomTextTest::hasLoneSurrogate);
        assertThat(TEXTS).as("very long tokens").anyMatch(t -> t.matches("(?s).*\\S{200,}.*"));
        assertThat(TEXTS).as("empty paragraphs").anyMatch(t -> t.contains("\n\n\n"));
        assertThat(TEXTS).as("empty text").anyMatch(String::isEmpty);
        assertThat(TEXTS).as("news-like text").anyMatch(t -> t.contains(" said"));
    }

    @Test
    void failureNamesTheSeedAndTheText() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> RandomText.checkOne(7, 300, text -> {
            seen.add(text);
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 7 (replay with -Dtests.seed=7)")
                .hasMessageContaining(StageAssertions.escape(seen.get(0)))
                .hasMessageContaining("boom")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void replaysTheSeedOfTheSystemProperty() {
        String before = System.getProperty(RandomText.SEED_PROPERTY);
        List<String> seen = new ArrayList<>();
        try {
            System.setProperty(RandomText.SEED_PROPERTY, "0x2a");
            RandomText.check(50, 2000, seen::add);
        } finally {
            if (before == null) {
                System.clearProperty(RandomText.SEED_PROPERTY);
            } else {
                System.setProperty(RandomText.SEED_PROPERTY, before);
            }
        }
        assertThat(seen).containsExactly(RandomText.text(42, 2000));
    }

    private static boolean hasLoneSurrogate(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == t.length() || !Character.isLowSurrogate(t.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)))) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }
}
