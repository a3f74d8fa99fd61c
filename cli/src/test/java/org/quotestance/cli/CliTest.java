package org.quotestance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code quotestance} command in-process, capturing what it prints on stdout and stderr. */
abstract class CliTest {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs the command with {@code args}; returns its exit code. */
    protected int run(String... args) {
        CommandLine cl = QuoteStanceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
