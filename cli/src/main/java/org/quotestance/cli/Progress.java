package org.quotestance.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/** A progress bar over a batch of documents, drawn on stderr; stdout stays data. */
abstract class Progress implements AutoCloseable {

    /** One more document done. */
    abstract void step();

    /** A line for the user (an error, say), printed above the bar. */
    abstract void message(String line);

    /** Clears the bar's line before data goes to stdout, which may be the same terminal. */
    void beforeOutput() {
    }

    @Override
    public abstract void close();

    /** No bar: messages go straight to {@code err}. */
    static Progress none(PrintWriter err) {
        return new Progress() {
            @Override
            void step() {
            }

            @Override
            void message(String line) {
                err.println(line);
                err.flush();
            }

            @Override
            public void close() {
            }
        };
    }

    static Progress on(PrintWriter err, int documents) {
        return new Bar(err, documents);
    }

    private static final class Bar extends Progress {
        private final PrintWriter err;
        private final LineConsumer consumer;
        private final ProgressBar bar;

        Bar(PrintWriter err, int documents) {
            this.err = err;
            this.consumer = new LineConsumer(err);
            this.bar = new ProgressBarBuilder().setTaskName("analyzing").setInitialMax(documents).setUnit(" docs", 1)
                    .setUpdateIntervalMillis(250).setConsumer(consumer).build();
        }

        @Override
        void step() {
            bar.step();
        }

        @Override
        void beforeOutput() {
            consumer.clear();
        }

        @Override
        void message(String line) {
            synchronized (err) {
                consumer.clear();
                err.println(line);
                err.flush();
            }
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** Draws the bar on one line of a writer, redrawing it in place with a carriage return. */
    private static final class LineConsumer implements ProgressBarConsumer {
        private final PrintWriter err;
        private final int width;

        LineConsumer(PrintWriter err) {
            this.err = err;
            int columns = 80;
            try {
                columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
            } catch (NumberFormatException e) {
                // keep 80
            }
            this.width = Math.max(40, Math.min(columns, 160)) - 1;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print("\r" + rendered);
                err.flush();
            }
        }

        @Override
        public void clear() {
            synchronized (err) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }
}
