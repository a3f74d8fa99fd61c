package org.quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "From Java" example, as written there, on a JSON Lines file of two articles. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleFindsTheSpeakersAndTheBadArticle(@TempDir Path dir) throws Exception {
        SparkSession spark = LocalSpark.session();
        Files.write(dir.resolve("articles.jsonl"), List.of(
                "{\"id\": \"a\", \"text\": \"\\\"We will not raise the fares,\\\" Ann Lee said on Monday.\"}",
                "{\"id\": \"b\", \"text\": null}"));
        Files.writeString(dir.resolve("topics.json"), "{\"topics\": [{\"id\": \"fares\", \"label\": \"Fares\","
                + " \"target\": \"Fares should rise\", \"aliases\": [\"fares\"]}]}");
        Files.writeString(dir.resolve("people.json"), "[{\"name\": \"Ann Lee\", \"type\": \"PERSON\", \"role\": \"mayor\"}]");
        Path topics = dir.resolve("topics.json");
        Path people = dir.resolve("people.json");

        Dataset<Row> articles = spark.read().json(dir.resolve("articles.jsonl").toString());
        Dataset<Row> analysed = QuoteStanceSpark.analyze(articles, AnalyzeOptions.defaults()
                .withIdColumn("id").withTopicsFile(topics).withRosterFile(people));
        List<Row> quotes = analysed.select(col("id"), explode(col("quotestance.quotes")).as("q"))
                .select("id", "q.speaker", "q.text").collectAsList();
        List<Row> errors = analysed.filter(col("quotestance.error").isNotNull()).select("quotestance.error").collectAsList();

        QuoteStanceTransformer transformer = new QuoteStanceTransformer().setInputCol("text").setIdCol("id")
                .setOutputCol("quotestance").setTopicsJson(Files.readString(topics));
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {transformer}).fit(articles);

        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).getString(1)).isEqualTo("Ann Lee");
        assertThat(errors).extracting(r -> r.getString(0)).containsExactly("b: no text (null)");
        assertThat(model.transform(articles).count()).isEqualTo(2);
    }
}
