package org.quotestance.cli;

/**
 * Samples the heap in use every few milliseconds on a daemon thread, to report the peak of a run above the
 * level when sampling started. A sampled peak can miss a short spike between samples.
 */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private final long baseline;
    private volatile long peak;
    private volatile boolean running = true;

    /** Collects garbage, takes the baseline and starts sampling. */
    HeapSampler() {
        System.gc();
        baseline = used();
        peak = baseline;
        thread = new Thread(() -> {
            while (running) {
                long u = used();
                if (u > peak) {
                    peak = u;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The peak heap in use since the sampler started, above its baseline, in bytes. */
    long peakAboveBaseline() {
        return Math.max(0, Math.max(peak, used()) - baseline);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
