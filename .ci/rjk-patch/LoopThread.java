package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces rapaio-jupyter-kernel 3.0.1's LoopThread (same name and API; .ci/notebook compiles it and puts it
 * ahead of the kernel jar in kernel.json), which makes the kernel hang at start (2 starts in 5 on a 2-CPU machine):
 * <ul>
 *   <li>3.0.1's {@code start()} sets {@code running} only after {@code Thread.start()}, so a new thread that runs
 *       first sees {@code running == false} and ends at once: the shell, control or heartbeat channel then never
 *       answers and Jupyter reports "Kernel didn't respond". Here {@code running} is set first.</li>
 *   <li>The shell channel binds its socket before the kernel has made its message-handler map; a
 *       kernel_info_request that arrives in between (Jupyter sends one at once) throws a NullPointerException out
 *       of the loop body and ends the thread. Here an exception from the loop body is logged and the loop goes on:
 *       that request is dropped and Jupyter sends kernel_info again a second later.</li>
 * </ul>
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, getName() + ": message dropped: " + e, e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
