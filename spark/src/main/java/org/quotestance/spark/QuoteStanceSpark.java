package org.quotestance.spark;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.quotestance.io.RosterReader;
import org.quotestance.topic.TopicReader;

/**
 * QuoteStance over a Spark {@code Dataset<Row>} of articles.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");          // columns id, text, ...
 * Dataset<Row> analysed = QuoteStanceSpark.analyze(articles,
 *         AnalyzeOptions.defaults().withIdColumn("id").withTopicsFile(Path.of("topics.json")));
 * analysed.select("id", "quotestance.quotes").show();
 * }</pre>
 *
 * <p>Each executor JVM builds one pipeline, on its first article, and shares it among its task threads.
 * Partitions are analysed with {@code mapPartitions}; an article that cannot be analysed is a row whose
 * result holds only {@code document} and {@code error}, and the job goes on. For an ML {@code Pipeline}, use
 * {@link QuoteStanceTransformer}.
 */
public final class QuoteStanceSpark {

    private QuoteStanceSpark() {
    }

    /**
     * The articles with a result column added (type {@link ResultSchema#RESULT}); the other columns pass
     * through unchanged. Lazy, as Spark transformations are: the analysis runs when an action runs.
     *
     * @throws IllegalArgumentException when a column is missing or of the wrong type, the result column
     *                                  exists already, or the topics or roster are not valid (checked now,
     *                                  on the driver, not on every executor)
     */
    public static Dataset<Row> analyze(Dataset<Row> articles, AnalyzeOptions options) {
        StructType input = articles.schema();
        StructType output = outputSchema(input, options);
        return articles.mapPartitions(new AnalyzePartition(options, input), Encoders.row(output));
    }

    /**
     * The schema {@link #analyze} produces from {@code input}.
     *
     * @throws IllegalArgumentException as {@link #analyze} does
     */
    public static StructType outputSchema(StructType input, AnalyzeOptions options) {
        String[] names = input.fieldNames();
        DataType text = column(input, options.textColumn(), "text");
        if (!(text instanceof StringType) && !(text instanceof BinaryType)) {
            throw new IllegalArgumentException("text column '" + options.textColumn() + "' is " + text.simpleString()
                    + "; it must be a string or binary column");
        }
        if (options.idColumn() != null) {
            DataType id = column(input, options.idColumn(), "id");
            if (!(id instanceof AtomicType) || id instanceof BinaryType) {
                throw new IllegalArgumentException("id column '" + options.idColumn() + "' is " + id.simpleString()
                        + "; it must be a string, number or other single value");
            }
        }
        // Spark resolves column names without regard to case (by default), so "Quotestance" would clash too.
        if (Arrays.stream(names).anyMatch(options.resultColumn()::equalsIgnoreCase)) {
            throw new IllegalArgumentException("result column '" + options.resultColumn()
                    + "' exists already; choose another name");
        }
        try {
            if (options.topicsJson() != null) {
                new TopicReader().parse("topics", options.topicsJson());
            }
            if (options.rosterJson() != null) {
                new RosterReader().parse("roster", options.rosterJson());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return AnalyzePartition.outputSchema(input, options.resultColumn());
    }

    private static DataType column(StructType input, String name, String role) {
        if (!Arrays.asList(input.fieldNames()).contains(name)) {
            throw new IllegalArgumentException(role + " column '" + name + "' is not among the columns "
                    + Arrays.toString(input.fieldNames()));
        }
        return input.apply(name).dataType();
    }

    /**
     * A result (the struct in the result column) as the line of JSON that {@code quotestance analyze} writes
     * for the same article: {@link org.quotestance.report.JsonLines}'s contract, field for field.
     */
    public static String toJsonLine(Row result) {
        return JsonRows.toJson(result, ResultSchema.RESULT);
    }
}
