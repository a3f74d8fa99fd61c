package org.quotestance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quotestance} command: subcommands only; {@link #main} is the one place that exits. */
@Command(name = "quotestance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds quotations in news articles and tells who said them.",
        subcommands = {AnalyzeCommand.class, EvaluateCommand.class, BenchCommand.class, TrainStanceCommand.class,
                CommandLine.HelpCommand.class})
public final class QuoteStanceCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit codes: 0 every document analysed, 1 some failed, 2 usage error. */
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'quotestance analyze'");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QuoteStanceCli());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("quotestance: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (e instanceof org.quotestance.io.InvalidInputException) {
                return USAGE;
            }
            if (System.getenv("QUOTESTANCE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return SOME_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
