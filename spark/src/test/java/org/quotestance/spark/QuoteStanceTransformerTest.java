package org.quotestance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteStanceTransformerTest {

    private static final StructType INPUT = new StructType()
            .add("doc", DataTypes.StringType).add("body", DataTypes.StringType);

    private final SparkSession spark = LocalSpark.session();

    private Dataset<Row> articles() {
        return spark.createDataFrame(List.of(
                RowFactory.create("a", "\"We will not raise the fares,\" Ann Lee, the transport minister, said on Monday."),
                RowFactory.create("b", "No quotes here at all.")), INPUT);
    }

    private static QuoteStanceTransformer transformer() {
        return new QuoteStanceTransformer().setInputCol("body").setIdCol("doc").setOutputCol("qs").setMaxBytes(10_000);
    }

    @Test
    void transformSchemaIsTheSchemaTransformProduces() {
        Dataset<Row> out = transformer().transform(articles());
        assertThat(transformer().transformSchema(INPUT)).isEqualTo(out.schema());
        assertThat(out.schema().fieldNames()).containsExactly("doc", "body", "qs");
        assertThat(out.schema().apply("qs").dataType()).isEqualTo(ResultSchema.RESULT);
    }

    @Test
    void runsInAnMlPipelineAndFindsTheQuoteAndItsSpeaker() {
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {transformer()}).fit(articles());
        List<Row> rows = model.transform(articles()).orderBy("doc").collectAsList();
        Row a = rows.get(0).getAs("qs");
        assertThat(a.getString(0)).isEqualTo("a");
        Row quote = a.<Row>getList(2).get(0);
        assertThat(quote.<String>getAs("speaker")).isEqualTo("Ann Lee");
        assertThat(rows.get(1).<Row>getAs("qs").getList(2)).isEmpty();
    }

    @Test
    void aSavedPipelineLoadsWithItsParams(@TempDir Path dir) throws Exception {
        String topics = "{\"topics\": [{\"id\": \"fares\", \"label\": \"Fares\", \"target\": \"Fares should rise\","
                + " \"aliases\": [\"fares\"]}]}";
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {transformer().setTopicsJson(topics)});
        pipeline.write().overwrite().save(dir.resolve("p").toString());
        QuoteStanceTransformer loaded = (QuoteStanceTransformer) Pipeline.load(dir.resolve("p").toString()).getStages()[0];
        assertThat(loaded.options()).isEqualTo(transformer().setTopicsJson(topics).options());
        assertThat(loaded.options().idColumn()).isEqualTo("doc");
        List<String> before = new Pipeline().setStages(new PipelineStage[] {transformer().setTopicsJson(topics)})
                .fit(articles()).transform(articles()).orderBy("doc").collectAsList().stream()
                .map(r -> QuoteStanceSpark.toJsonLine(r.getAs("qs"))).toList();
        List<String> after = loaded.transform(articles()).orderBy("doc").collectAsList().stream()
                .map(r -> QuoteStanceSpark.toJsonLine(r.getAs("qs"))).toList();
        assertThat(after).isEqualTo(before).hasSize(2);
        assertThat(after.get(0)).contains("\"topic\":\"fares\"");
    }

    @Test
    void readsTheTextColumnByDefaultAndNamesItWhenItIsMissing() {
        QuoteStanceTransformer t = new QuoteStanceTransformer();
        assertThat(t.options()).isEqualTo(AnalyzeOptions.defaults());
        assertThatThrownBy(() -> t.transformSchema(INPUT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text column 'text'");
        assertThat(t.copy(new org.apache.spark.ml.param.ParamMap()).uid()).isEqualTo(t.uid());
    }
}
