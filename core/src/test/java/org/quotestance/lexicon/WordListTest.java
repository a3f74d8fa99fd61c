package org.quotestance.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void readsOneLowerCasedEntryPerLineWithoutCommentsOrBlankLines() {
        assertThat(WordList.load(WordListTest.class, "sample-words.txt")).containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void readsTabSeparatedPairs() {
        assertThat(WordList.loadMap(WordListTest.class, "sample-map.tsv")).isEqualTo(Map.of("said", "say", "told", "tell"));
    }

    @Test
    void aMissingListFailsNamingIt() {
        assertThatThrownBy(() -> WordList.load(WordListTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-list.txt");
    }

    @Test
    void anEmptyListFailsNamingIt() {
        assertThatThrownBy(() -> WordList.load(WordListTest.class, "empty.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty.txt").hasMessageContaining("no entry");
    }

    @Test
    void aRepeatedKeyFails() {
        assertThatThrownBy(() -> WordList.loadMap(WordListTest.class, "repeated-key.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("said");
    }

    @Test
    void aLineWithoutATabIsNoPair() {
        assertThatThrownBy(() -> WordList.loadMap(WordListTest.class, "sample-words.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key<TAB>value");
    }
}
