package org.quotestance.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static final List<String> INPUTS = List.of("one", "two", "three");

    @Test
    void passesForAStatelessStage() {
        assertThatCode(() -> ThreadSafety.assertSameResultsOnThreads(INPUTS, String::length, 2, 5)).doesNotThrowAnyException();
    }

    @Test
    void failsForAStageWhoseResultDependsOnEarlierCalls() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ThreadSafety.assertSameResultsOnThreads(INPUTS, s -> s + calls.incrementAndGet(), 2, 5))
                .isInstanceOf(AssertionError.class).hasMessageContaining("on 2 threads, input").hasMessageContaining("instead of");
    }

    @Test
    void failsForAStageThatThrowsOnAThread() {
        assertThatThrownBy(() -> ThreadSafety.assertSameResultsOnThreads(INPUTS, s -> {
            if (Thread.currentThread().getName().startsWith("pool")) {
                throw new IllegalStateException("not on my thread");
            }
            return s;
        }, 2, 1)).isInstanceOf(AssertionError.class).hasMessageContaining("a thread failed").hasMessageContaining("not on my thread");
    }
}
