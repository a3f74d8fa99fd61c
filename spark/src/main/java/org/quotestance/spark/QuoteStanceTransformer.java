package org.quotestance.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.quotestance.io.DocumentReader;

/**
 * QuoteStance as a Spark ML {@link Transformer}, to put in a {@code Pipeline} beside other stages, as Spark
 * NLP's annotators go. It does what {@link QuoteStanceSpark#analyze} does, configured by params; it can be
 * saved with its pipeline and loaded back ({@link #read()}).
 *
 * <pre>{@code
 * QuoteStanceTransformer quotes = new QuoteStanceTransformer()
 *         .setInputCol("text").setIdCol("id").setOutputCol("quotestance")
 *         .setTopicsJson(Files.readString(Path.of("topics.json")));
 * Dataset<Row> out = new Pipeline().setStages(new PipelineStage[] {quotes}).fit(articles).transform(articles);
 * }</pre>
 */
public final class QuoteStanceTransformer extends Transformer implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> idCol;
    private final Param<String> outputCol;
    private final Param<String> topicsJson;
    private final Param<String> rosterJson;
    private final LongParam maxBytes;

    public QuoteStanceTransformer() {
        this(Identifiable$.MODULE$.randomUID("quoteStance"));
    }

    /** With a given uid (Spark's copy and load use this constructor). */
    public QuoteStanceTransformer(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "the article text: a string or binary (UTF-8) column");
        idCol = new Param<>(this, "idCol", "a column that names each article in its result (default: partition and row)");
        outputCol = new Param<>(this, "outputCol", "the result column to add");
        topicsJson = new Param<>(this, "topicsJson", "the topics to report stances on, as JSON (default: the built-in set)");
        rosterJson = new Param<>(this, "rosterJson", "known people and organisations, as JSON");
        maxBytes = new LongParam(this, "maxBytes", "largest article analysed, in bytes of UTF-8; larger ones are error rows");
        setDefault(inputCol, AnalyzeOptions.DEFAULT_TEXT_COLUMN);
        setDefault(outputCol, AnalyzeOptions.DEFAULT_RESULT_COLUMN);
        setDefault(maxBytes, DocumentReader.DEFAULT_MAX_BYTES);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> idCol() {
        return idCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> topicsJson() {
        return topicsJson;
    }

    public Param<String> rosterJson() {
        return rosterJson;
    }

    public LongParam maxBytes() {
        return maxBytes;
    }

    public QuoteStanceTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public QuoteStanceTransformer setIdCol(String value) {
        set(idCol, value);
        return this;
    }

    public QuoteStanceTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public QuoteStanceTransformer setTopicsJson(String value) {
        set(topicsJson, value);
        return this;
    }

    public QuoteStanceTransformer setRosterJson(String value) {
        set(rosterJson, value);
        return this;
    }

    public QuoteStanceTransformer setMaxBytes(long value) {
        set(maxBytes, value);
        return this;
    }

    /** The options these params stand for. */
    public AnalyzeOptions options() {
        return new AnalyzeOptions(getOrDefault(inputCol), valueOrNull(idCol), getOrDefault(outputCol),
                valueOrNull(topicsJson), valueOrNull(rosterJson), (Long) getOrDefault(maxBytes));
    }

    private String valueOrNull(Param<String> p) {
        return isDefined(p) ? getOrDefault(p) : null;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        return QuoteStanceSpark.analyze(dataset.toDF(), options());
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return QuoteStanceSpark.outputSchema(schema, options());
    }

    @Override
    public QuoteStanceTransformer copy(ParamMap extra) {
        return (QuoteStanceTransformer) defaultCopy(extra);
    }

    /** Reads a transformer that {@code write().save(path)} (or its saved pipeline) wrote. */
    public static MLReader<QuoteStanceTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static QuoteStanceTransformer load(String path) {
        return read().load(path);
    }
}
