package org.quotestance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.QuoteStance;
import org.quotestance.corenlp.CoreNlpAnalyzer;
import org.quotestance.nlp.NlpBackendException;
import org.quotestance.report.JsonLines;

class QuoteStanceSparkTest {

    private static final long MAX_BYTES = 20_000;
    private static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("year", DataTypes.IntegerType);

    private static SparkSession spark;
    private static Map<String, String> articles;
    private static Map<String, Row> results;
    private static int partitions;

    @BeforeAll
    static void analyseTheArticlesOnSpark() {
        spark = LocalSpark.session();
        articles = new HashMap<>(Articles.own());
        articles.put("empty.txt", "");
        articles.put("binary.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
        articles.put("too-long.txt", "The mayor said \"we will build it\". ".repeat(600));
        articles.put("null.txt", null);
        List<Row> rows = new ArrayList<>();
        articles.forEach((id, text) -> rows.add(RowFactory.create(id, text, "own:" + id, 2026)));
        Dataset<Row> in = spark.createDataFrame(rows, INPUT).repartition(4);
        partitions = in.rdd().getNumPartitions();
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id").withMaxBytes(MAX_BYTES);
        results = new HashMap<>();
        for (Row r : QuoteStanceSpark.analyze(in, options).collectAsList()) {
            results.put(r.getString(0), r);
        }
    }

    @Test
    void everyArticleGetsTheResultOfTheSingleJvmPipeline() {
        QuoteStance single = QuoteStance.builder().build();
        int compared = 0;
        for (Map.Entry<String, String> a : articles.entrySet()) {
            if (a.getValue() == null || a.getValue().length() > MAX_BYTES || a.getValue().indexOf('\u0000') >= 0) {
                continue;
            }
            Row result = results.get(a.getKey()).getAs("quotestance");
            assertThat(QuoteStanceSpark.toJsonLine(result)).as(a.getKey())
                    .isEqualTo(JsonLines.toJson(single.analyze(a.getKey(), a.getValue())));
            compared++;
        }
        assertThat(compared).isEqualTo(22); // 21 own articles and the empty one
        assertThat(partitions).isGreaterThanOrEqualTo(3);
        assertThat(results.get(org.quotestance.SampleArticle.NAME).<Row>getAs("quotestance").getList(2)).isNotEmpty();
    }

    @Test
    void badArticlesAreErrorRowsNamingThem() {
        assertThat(error("null.txt")).isEqualTo("null.txt: no text (null)");
        assertThat(error("binary.png")).startsWith("binary.png: not text (binary content");
        assertThat(error("too-long.txt")).contains("too-long.txt").contains("over the limit of 20000 bytes");
        Row bad = results.get("binary.png").getAs("quotestance");
        assertThat(QuoteStanceSpark.toJsonLine(bad)).isEqualTo(JsonLines.error("binary.png", error("binary.png")));
        assertThat(results.get("empty.txt").<Row>getAs("quotestance").isNullAt(1)).as("empty text is no error").isTrue();
    }

    @Test
    void passesTheOtherColumnsThroughUnchanged() {
        assertThat(results).hasSize(articles.size());
        results.forEach((id, row) -> {
            assertThat(row.<String>getAs("source")).isEqualTo("own:" + id);
            assertThat(row.<Integer>getAs("year")).isEqualTo(2026);
            assertThat(row.<String>getAs("text")).isEqualTo(articles.get(id));
        });
    }

    @Test
    void buildsOnePipelinePerJvm() {
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id").withMaxBytes(MAX_BYTES);
        assertThat(ExecutorPipelines.builds(options)).as("25 articles, 4 partitions, 2 threads").isEqualTo(1);
    }

    @Test
    void buildsThePipelineOnTheExecutorsAtTheFirstActionNotBefore() {
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id")
                .withRosterJson("[{\"name\": \"Ann Lee\", \"type\": \"PERSON\", \"role\": \"mayor\"}]");
        Dataset<Row> in = spark.createDataFrame(List.of(RowFactory.create("a", "\"Yes,\" Lee said.", "s", 1),
                RowFactory.create("b", "\"No,\" Lee said.", "s", 2)), INPUT).repartition(2);
        Dataset<Row> out = QuoteStanceSpark.analyze(in, options);
        assertThat(ExecutorPipelines.builds(options)).as("before any action").isZero();
        List<Row> rows = out.collectAsList();
        out.count();
        assertThat(ExecutorPipelines.builds(options)).as("after two actions").isEqualTo(1);
        assertThat(rows).allSatisfy(r -> assertThat(r.<Row>getAs("quotestance").<Row>getList(3).get(0)
                .<String>getAs("role")).isEqualTo("mayor"));
    }

    @Test
    void namesRowsByPartitionAndPositionWithoutAnIdColumn() {
        Dataset<Row> in = spark.createDataFrame(List.of(RowFactory.create("a", "\"Yes,\" Lee said.", "s", 1),
                RowFactory.create("b", "\"No,\" Kim said.", "s", 2)), INPUT).coalesce(1);
        List<String> names = QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults()).collectAsList().stream()
                .map(r -> r.<Row>getAs("quotestance").getString(0)).toList();
        assertThat(names).containsExactly("partition-0/row-0", "partition-0/row-1");
    }

    @Test
    void aFailingArticleIsAnErrorRowAndTheRestOfItsPartitionIsAnalysed() {
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id");
        Dataset<Row> in = spark.createDataFrame(List.of(RowFactory.create("a", "\"Yes,\" Lee said.", "s", 1),
                RowFactory.create("b", "CRASH \"No,\" Kim said.", "s", 2),
                RowFactory.create("c", "\"Maybe,\" Ortiz said.", "s", 3)), INPUT).coalesce(1);
        AnalyzePartition crashing = new AnalyzePartition(options, INPUT, o -> QuoteStance.builder()
                .languageAnalyzer(text -> {
                    if (text.contains("CRASH")) {
                        throw new NlpBackendException("the tagger crashed");
                    }
                    return CoreNlpAnalyzer.shared(true).analyze(text);
                }).build());
        Map<String, Row> out = new HashMap<>();
        in.mapPartitions(crashing, Encoders.row(QuoteStanceSpark.outputSchema(INPUT, options))).collectAsList()
                .forEach(r -> out.put(r.getString(0), r.getAs("quotestance")));
        assertThat(out.get("b").getString(1)).isEqualTo("b: analysis failed: " + NlpBackendException.class.getName()
                + ": the tagger crashed");
        assertThat(out.get("a").isNullAt(1)).isTrue();
        assertThat(out.get("a").getList(2)).hasSize(1);
        assertThat(out.get("c").getList(2)).hasSize(1);
    }

    @Test
    void aBackendFailureIsAnErrorRowAndTheJobGoesOn() {
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id");
        Dataset<Row> in = spark.createDataFrame(List.of(
                RowFactory.create("a", "She said \"yes\".", "s", 1), RowFactory.create("b", "He said \"no\".", "s", 2)),
                INPUT).repartition(2);
        AnalyzePartition failing = new AnalyzePartition(options, INPUT, o -> {
            throw new NlpBackendException("the tagger model failed to load");
        });
        List<Row> out = in.mapPartitions(failing, Encoders.row(QuoteStanceSpark.outputSchema(INPUT, options))).collectAsList();
        assertThat(out).hasSize(2).allSatisfy(r -> assertThat(r.<Row>getAs("quotestance").getString(1))
                .contains(r.getString(0) + ": analysis failed").contains("the tagger model failed to load"));
    }

    @Test
    void aPipelineThatCannotBeBuiltFailsEveryArticleAtOnceWithItsCause() {
        AnalyzeOptions options = AnalyzeOptions.defaults().withIdColumn("id");
        assertThatThrownBy(() -> ExecutorPipelines.get(options.withTopicsJson("[{\"id\": 3}]")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("could not be built");
        assertThatThrownBy(() -> ExecutorPipelines.get(options.withTopicsJson("[{\"id\": 3}]")))
                .hasMessageContaining("could not be built");
        assertThat(ExecutorPipelines.builds(options.withTopicsJson("[{\"id\": 3}]"))).isZero();
    }

    @Test
    void readsBinaryTextColumnsAsStrictUtf8() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("bytes", DataTypes.BinaryType);
        Dataset<Row> in = spark.createDataFrame(List.of(
                RowFactory.create("utf8", "The minister said \"we are ready\".".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                RowFactory.create("latin1", new byte[] {'c', 'a', 'f', (byte) 0xE9})), schema);
        Map<String, Row> out = new HashMap<>();
        QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults().withIdColumn("id").withTextColumn("bytes"))
                .collectAsList().forEach(r -> out.put(r.getString(0), r.getAs("quotestance")));
        assertThat(out.get("utf8").getList(2)).hasSize(1);
        assertThat(out.get("latin1").getString(1)).startsWith("latin1: not valid UTF-8 text");
    }

    @Test
    void rejectsBadColumnsAndTopicsOnTheDriverBeforeAnyAnalysis() {
        Dataset<Row> in = spark.createDataFrame(List.of(), INPUT);
        assertThatThrownBy(() -> QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults().withTextColumn("body")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'body'").hasMessageContaining("[id, text, source, year]");
        assertThatThrownBy(() -> QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults().withTextColumn("year")))
                .hasMessageContaining("must be a string or binary column");
        assertThatThrownBy(() -> QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults().withResultColumn("Source")))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> QuoteStanceSpark.analyze(in, AnalyzeOptions.defaults().withTopicsJson("{not json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topics");
    }

    private static String error(String id) {
        Row result = results.get(id).getAs("quotestance");
        return result.getString(1);
    }
}
