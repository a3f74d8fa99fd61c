package org.quotestance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsSpanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Span(5, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 3 < start 5");
    }

    @Test
    void rejectsNegativeStart() {
        assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("start -1");
    }

    @Test
    void readsItsTextAndKnowsOverlaps() {
        Span s = new Span(4, 9);
        assertThat(s.textOf("The quick fox")).isEqualTo("quick");
        assertThat(s.overlaps(new Span(8, 12))).isTrue();
        assertThat(s.overlaps(new Span(9, 12))).isFalse();
        assertThat(s.contains(new Span(5, 9))).isTrue();
    }
}
