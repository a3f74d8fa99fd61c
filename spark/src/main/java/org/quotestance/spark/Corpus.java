package org.quotestance.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quotestance.io.DocumentReader;
import org.quotestance.report.JsonLines;

import static org.apache.spark.sql.functions.col;

/**
 * The job's input: a folder of text files, JSON Lines or Parquet, as a data frame of articles, and the
 * analysis of those articles. Text files over the size limit are error rows without being read.
 */
final class Corpus {

    /** Input formats. */
    enum Format { auto, text, jsonl, parquet }

    /** The columns of a text folder's data frame. */
    static final String DOCUMENT = "document";
    static final String CONTENT = "content";

    private static final StructType TEXT_FILES = new StructType().add(DOCUMENT, DataTypes.StringType, false)
            .add(CONTENT, DataTypes.BinaryType, true);

    private final String input;
    private final Format format;
    private final String idField;
    private final String textField;
    private final String glob;

    /**
     * @param idField   JSON Lines and Parquet: the article id
     * @param textField JSON Lines and Parquet: the article text
     * @param glob      text folders: only files whose name matches, or null
     */
    Corpus(String input, Format format, String idField, String textField, String glob) {
        this.input = input;
        this.format = format == Format.auto ? detect(input) : format;
        this.idField = idField;
        this.textField = textField;
        this.glob = glob;
    }

    Format format() {
        return format;
    }

    /** The column that holds each article's text in what {@link #analyse} returns. */
    String textColumn() {
        return format == Format.text ? CONTENT : textField;
    }

    /**
     * Every article analysed: the input columns and the result column of {@code options}.
     *
     * @param partitions repartition the articles into this many partitions, or null to keep Spark's
     */
    Dataset<Row> analyse(SparkSession spark, AnalyzeOptions options, Integer partitions) {
        AnalyzeOptions o = options.withIdColumn(format == Format.text ? DOCUMENT : idField).withTextColumn(textColumn());
        if (format != Format.text) {
            Dataset<Row> articles = format == Format.jsonl
                    // Only the id and the text, as strings: no pass over the whole corpus to infer a schema.
                    ? spark.read().schema(new StructType().add(idField, DataTypes.StringType)
                            .add(textField, DataTypes.StringType)).json(input)
                    : spark.read().parquet(input);
            return QuoteStanceSpark.analyze(partitions == null ? articles : articles.repartition(partitions), o);
        }
        DataFrameReader reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (glob != null) {
            reader = reader.option("pathGlobFilter", glob);
        }
        Dataset<Row> files = reader.load(input);
        // Spark reads a file's content only when it is selected, and length filters go before the reading.
        Dataset<Row> small = named(files.filter(col("length").leq(o.maxBytes())).select("path", "content"));
        if (partitions != null) {
            small = small.repartition(partitions);
        }
        Dataset<Row> analysed = QuoteStanceSpark.analyze(small, o);
        Dataset<Row> large = files.filter(col("length").gt(o.maxBytes())).select("path", "length");
        return analysed.union(tooLarge(large, o, analysed.schema()));
    }

    /** The over-long files as error rows, their content never read. */
    private Dataset<Row> tooLarge(Dataset<Row> large, AnalyzeOptions options, StructType schema) {
        Namer namer = new Namer(input);
        long max = options.maxBytes();
        return large.map((MapFunction<Row, Row>) row -> {
            String document = namer.name(row.getString(0));
            String message = new DocumentReader(max).tooLarge(document, row.getLong(1) + " bytes").getMessage();
            return new GenericRowWithSchema(new Object[] {document, null,
                    JsonRows.toRow(JsonLines.errorTree(document, message), ResultSchema.RESULT)}, schema);
        }, Encoders.row(schema));
    }

    /** (path, content) rows as (document, content) rows. */
    private Dataset<Row> named(Dataset<Row> files) {
        Namer namer = new Namer(input);
        return files.map((MapFunction<Row, Row>) row -> RowFactory.create(namer.name(row.getString(0)), row.get(1)),
                Encoders.row(TEXT_FILES));
    }

    /**
     * Names a file as {@code quotestance analyze} does on the local file system (the folder as given, then
     * the path below it) and by its full path elsewhere (HDFS, S3) or when its path cannot be read as one.
     */
    private record Namer(String given, boolean folder, String root) implements java.io.Serializable {

        Namer(String given) {
            this(given, isLocal(given) && Files.isDirectory(Path.of(given)),
                    isLocal(given) ? Path.of(given).toAbsolutePath().normalize().toString() : null);
        }

        String name(String sparkPath) {
            if (root == null) {
                return sparkPath;
            }
            try {
                // Hadoop's path string is not URI-escaped ("a b.txt", "100%.txt"); Hadoop's Path reads it.
                Path file = Path.of(new org.apache.hadoop.fs.Path(sparkPath).toUri().getPath());
                return folder ? Path.of(given).resolve(Path.of(root).relativize(file)).toString() : given;
            } catch (RuntimeException e) {
                return sparkPath;
            }
        }
    }

    /** Whether {@code location} is a plain path on this machine (not hdfs://, s3a:// or a file: URI). */
    static boolean isLocal(String location) {
        return !location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /**
     * The format of {@code input} from its name, or for a local folder from its files: Parquet when it holds
     * a .parquet file, JSON Lines when all its files are .jsonl/.json/.ndjson, text otherwise.
     */
    static Format detect(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return Format.jsonl;
        }
        if (name.endsWith(".parquet")) {
            return Format.parquet;
        }
        if (!isLocal(input) || !Files.isDirectory(Path.of(input))) {
            return Format.text;
        }
        try (Stream<Path> files = Files.list(Path.of(input))) {
            var names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT))
                    .filter(f -> !f.startsWith(".") && !f.startsWith("_")).toList();
            if (names.stream().anyMatch(f -> f.endsWith(".parquet"))) {
                return Format.parquet;
            }
            if (!names.isEmpty() && names.stream().allMatch(f -> f.endsWith(".jsonl") || f.endsWith(".json") || f.endsWith(".ndjson"))) {
                return Format.jsonl;
            }
            return Format.text;
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list folder: " + e.getMessage(), e);
        }
    }
}
