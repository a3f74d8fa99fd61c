package org.quotestance.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
                "", "Exit codes: 0 all articles analyzed, 1 some were error rows, 2 usage."})
public final class QuoteStanceJob implements Callable<Integer> {

    /** Input formats. */
    enum InputFormat { auto, text, jsonl, parquet }

    /** Output formats. */
    enum OutputFormat { jsonl, parquet }

    @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of text files, a JSON Lines file or folder, or Parquet.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The output folder (must not exist).")
    String output;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text, jsonl or parquet (default: auto, from the file names: .jsonl/.json/.ndjson, .parquet, else text).")
    InputFormat inputFormat = InputFormat.auto;

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
    long maxBytes = org.quotestance.io.DocumentReader.DEFAULT_MAX_BYTES;

    @Option(names = "--glob", paramLabel = "GLOB",
            description = "Text folders: analyze only files whose name matches, e.g. '*.txt' (Spark's pathGlobFilter).")
    String glob;

    @Option(names = "--partitions", paramLabel = "N", description = "Repartition the input into N partitions (default: as read).")
    Integer partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not set by spark-submit (default: local[*] when none is set).")
    String master;

    private PrintWriter err;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The job's command line: a failure (a missing input, a bad topics file) is one line naming it, exit code 2. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QuoteStanceJob());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("quotestance-spark: " + e.getMessage());
            return 2;
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        err = new PrintWriter(System.err, true);
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--partitions must be at least 1, not " + partitions);
        }
        if (isLocal(output) && Files.exists(Path.of(output))) {
            throw new CommandLine.ParameterException(new CommandLine(this), "OUTPUT " + output + " exists already");
        }
        if (isLocal(input) && !Files.exists(Path.of(input))) {
            throw new CommandLine.ParameterException(new CommandLine(this), "INPUT " + input + ": no such file or folder");
        }
        AnalyzeOptions options = AnalyzeOptions.defaults().withMaxBytes(maxBytes);
        if (topics != null) {
            options = options.withTopicsFile(topics);
        }
        if (roster != null) {
            options = options.withRosterFile(roster);
        }
        InputFormat format = inputFormat == InputFormat.auto ? detect(input) : inputFormat;
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
            Dataset<Row> articles = read(spark, format);
            if (partitions != null) {
                articles = articles.repartition(partitions);
            }
            String idColumn = format == InputFormat.text ? "document" : idField;
            String textColumn = format == InputFormat.text ? "content" : textField;
            Dataset<Row> analysed = QuoteStanceSpark.analyze(articles,
                    options.withIdColumn(idColumn).withTextColumn(textColumn));
            LongAccumulator articleCount = spark.sparkContext().longAccumulator("articles");
            LongAccumulator quoteCount = spark.sparkContext().longAccumulator("quotes");
            LongAccumulator errorCount = spark.sparkContext().longAccumulator("errors");
            String resultColumn = options.resultColumn();
            Counter counter = new Counter(resultColumn, articleCount, quoteCount, errorCount);
            if (outputFormat == OutputFormat.jsonl) {
                analysed.map((MapFunction<Row, String>) row -> {
                    Row result = counter.count(row);
                    return QuoteStanceSpark.toJsonLine(result);
                }, Encoders.STRING()).write().text(output);
            } else {
                Dataset<Row> kept = analysed.drop(textColumn);
                kept.map((MapFunction<Row, Row>) row -> {
                    counter.count(row);
                    return row;
                }, Encoders.row(kept.schema())).write().parquet(output);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "quotestance-spark: %d articles, %d quotes, %d errors; %s written to %s in %.1f s%n",
                    articleCount.value(), quoteCount.value(), errorCount.value(), outputFormat, output, seconds);
            return errorCount.value() == 0 ? 0 : 1;
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

    /** Whether {@code location} is a plain path on this machine (not hdfs://, s3a:// or a file: URI). */
    private static boolean isLocal(String location) {
        return !location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static InputFormat detect(String input) throws IOException {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return InputFormat.jsonl;
        }
        if (name.endsWith(".parquet")) {
            return InputFormat.parquet;
        }
        Path p = isLocal(input) ? Path.of(input) : null;
        if (p != null && Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                    return InputFormat.parquet;
                }
            }
        }
        return InputFormat.text;
    }

    private Dataset<Row> read(SparkSession spark, InputFormat format) {
        return switch (format) {
            // Only the id and the text are read, as strings: no pass over the whole corpus to infer a schema.
            case jsonl -> spark.read().schema(new StructType().add(idField, DataTypes.StringType)
                    .add(textField, DataTypes.StringType)).json(input);
            case parquet -> spark.read().parquet(input);
            case text, auto -> textFiles(spark);
        };
    }

    /**
     * The files below the input folder as (document, content) rows. On the local file system a document is
     * named as {@code quotestance analyze} names it: the folder as given, then the path below it; elsewhere
     * (HDFS, S3) by its full path.
     */
    private Dataset<Row> textFiles(SparkSession spark) {
        var reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (glob != null) {
            reader = reader.option("pathGlobFilter", glob);
        }
        Dataset<Row> files = reader.load(input);
        StructType schema = new StructType().add("document", DataTypes.StringType, false)
                .add("content", DataTypes.BinaryType, true);
        String given = input;
        boolean local = isLocal(input);
        boolean folder = local && Files.isDirectory(Path.of(input));
        URI root = local ? Path.of(input).toAbsolutePath().normalize().toUri() : null;
        return files.select("path", "content").map((MapFunction<Row, Row>) row -> {
            String path = row.getString(0);
            String document = !local ? path
                    : folder ? Path.of(given).resolve(Path.of(root).relativize(Path.of(new URI(path)))).toString() : given;
            return RowFactory.create(document, row.get(1));
        }, Encoders.row(schema));
    }
}
