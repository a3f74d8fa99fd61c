package org.quotestance.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.quotestance.io.DocumentReader;
import org.quotestance.io.InvalidInputException;
import org.quotestance.io.RosterReader;
import org.quotestance.topic.TopicReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} entry point: reads a corpus, analyses every article, writes the results and prints
 * the counts (articles, quotes, errors).
 *
 * <pre>
 * spark-submit --class org.quotestance.spark.QuoteStanceJob quotestance-spark-shaded.jar news/ out/
 * </pre>
 */
@Command(name = "quotestance-spark", mixinStandardHelpOptions = true,
        description = "Analyzes a corpus on Spark: every quote, its speaker, and each speaker's stance on the topics.",
        footer = {"", "Input: a folder of text files (read recursively, strict UTF-8), JSON Lines with an id and a text field, or Parquet.",
                "Output: a folder of JSON Lines part files, one line per article as 'quotestance analyze' writes it,",
                "or Parquet: the input columns (less the text) and a 'quotestance' struct.",
                "", "Exit codes: 0 all articles analyzed, 1 some were error rows, 2 usage, 3 the Spark job failed."})
public final class QuoteStanceJob implements Callable<Integer> {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int JOB_FAILED = 3;

    /** Output formats. */
    enum OutputFormat { jsonl, parquet }

    @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of text files, a JSON Lines file or folder, or Parquet.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The output folder (must not exist).")
    String output;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text, jsonl or parquet (default: auto: from the input's name, or a local folder's files:"
                    + " .jsonl/.json/.ndjson, .parquet, else text; give it for HDFS or S3 folders).")
    Corpus.Format inputFormat = Corpus.Format.auto;

    @Option(names = "--output-format", paramLabel = "FORMAT", description = "jsonl or parquet (default: ${DEFAULT-VALUE}).")
    OutputFormat outputFormat = OutputFormat.jsonl;

    @Option(names = "--id-field", paramLabel = "NAME", description = "JSON Lines and Parquet: the article id (default: ${DEFAULT-VALUE}).")
    String idField = "id";

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSON Lines and Parquet: the article text (default: ${DEFAULT-VALUE}).")
    String textField = "text";

    @Option(names = "--topics", paramLabel = "FILE", description = "JSON topics to report stances on, as for quotestance analyze.")
    Path topics;

    @Option(names = "--roster", paramLabel = "FILE", description = "JSON list of known people and organisations.")
    Path roster;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article, in bytes (default: ${DEFAULT-VALUE}); larger ones are error rows.")
    long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;

    @Option(names = "--glob", paramLabel = "GLOB",
            description = "Text folders: analyze only files whose name matches, e.g. '*.txt' (Spark's pathGlobFilter).")
    String glob;

    @Option(names = "--partitions", paramLabel = "N", description = "Repartition the input into N partitions (default: as read).")
    Integer partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not set by spark-submit (default: local[*] when none is set).")
    String master;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * The job's command line. A usage error (a missing input, an output that exists, a bad topics file) is
     * exit code 2 before Spark starts; a failure of the Spark job itself is one line naming it, exit code 3.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QuoteStanceJob());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("quotestance-spark: the job failed: " + e);
            cmd.getErr().flush();
            return JOB_FAILED;
        });
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
        }
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1, not " + maxBytes);
        }
        if (Corpus.isLocal(output) && Files.exists(Path.of(output))) {
            throw new ParameterException(spec.commandLine(), "OUTPUT " + output + " exists already");
        }
        if (Corpus.isLocal(input) && !Files.exists(Path.of(input))) {
            throw new ParameterException(spec.commandLine(), "INPUT " + input + ": no such file or folder");
        }
        AnalyzeOptions options = AnalyzeOptions.defaults().withMaxBytes(maxBytes);
        // Topic and roster files are read and checked before Spark starts, so that a bad one is a usage error.
        try {
            if (topics != null) {
                options = options.withTopicsFile(topics);
                new TopicReader().parse(topics.toString(), options.topicsJson());
            }
            if (roster != null) {
                options = options.withRosterFile(roster);
                new RosterReader().parse(roster.toString(), options.rosterJson());
            }
        } catch (InvalidInputException | java.io.UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Corpus corpus = new Corpus(input, inputFormat, idField, textField, glob);
        SparkSession.Builder builder = SparkSession.builder().appName("quotestance");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        long started = System.nanoTime();
        // Called from a program that already runs Spark (a test, a notebook), the job leaves that session open.
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try {
            Dataset<Row> analysed = corpus.analyse(spark, options, partitions);
            LongAccumulator articleCount = spark.sparkContext().longAccumulator("articles");
            LongAccumulator quoteCount = spark.sparkContext().longAccumulator("quotes");
            LongAccumulator errorCount = spark.sparkContext().longAccumulator("errors");
            Counter counter = new Counter(options.resultColumn(), articleCount, quoteCount, errorCount);
            if (outputFormat == OutputFormat.jsonl) {
                analysed.map((MapFunction<Row, String>) row -> QuoteStanceSpark.toJsonLine(counter.count(row)),
                        Encoders.STRING()).write().text(output);
            } else {
                Dataset<Row> kept = analysed.drop(corpus.textColumn());
                kept.map((MapFunction<Row, Row>) row -> {
                    counter.count(row);
                    return row;
                }, Encoders.row(kept.schema())).write().parquet(output);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "quotestance-spark: %d articles, %d quotes, %d errors; %s written to %s in %.1f s%n",
                    articleCount.value(), quoteCount.value(), errorCount.value(), outputFormat, output, seconds);
            err.flush();
            return errorCount.value() == 0 ? OK : SOME_FAILED;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /** Counts each result row into the job's accumulators (a retried task counts again, as Spark's accumulators do). */
    private record Counter(String resultColumn, LongAccumulator articles, LongAccumulator quotes, LongAccumulator errors)
            implements java.io.Serializable {

        Row count(Row row) {
            Row result = row.getAs(resultColumn);
            articles.add(1);
            if (!result.isNullAt(result.fieldIndex("error"))) {
                errors.add(1);
            } else {
                quotes.add(result.getList(result.fieldIndex("quotes")).size());
            }
            return result;
        }
    }
}
