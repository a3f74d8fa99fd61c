package org.quotestance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Checks the "implementations are thread-safe" clause of a stage's contract: the same inputs, run on several
 * threads at once, give the results they give one at a time.
 */
public final class ThreadSafety {

    private ThreadSafety() {
    }

    /**
     * Runs {@code stage} on every input, first alone and then on {@code threads} threads that start together,
     * {@code rounds} times each, and fails, naming the input, when a result differs or a thread throws.
     */
    public static <R> void assertSameResultsOnThreads(List<String> inputs, Function<String, R> stage, int threads, int rounds) {
        List<R> expected = inputs.stream().map(stage).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        for (int k = 0; k < inputs.size(); k++) {
                            int i = (k + offset) % inputs.size();
                            R actual = stage.apply(inputs.get(i));
                            if (!actual.equals(expected.get(i))) {
                                throw new AssertionError("on " + threads + " threads, input " + i + " <"
                                        + StageAssertions.escape(inputs.get(i)) + "> gave\n" + actual + "\ninstead of\n"
                                        + expected.get(i));
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                try {
                    f.get(5, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError("a thread failed: " + e.getCause(), e.getCause());
                } catch (Exception e) {
                    throw new AssertionError("threads did not finish: " + e, e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
