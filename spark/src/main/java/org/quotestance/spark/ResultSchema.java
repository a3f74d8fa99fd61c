package org.quotestance.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The type of the result column: the JSON Lines contract ({@link org.quotestance.report.JsonLines}) as a Spark
 * struct, field for field and in the same order, so that a result row written back as JSON
 * ({@link JsonRows#toJson}) is the line {@code quotestance analyze} writes.
 *
 * <p>A field that the JSON Lines contract leaves out when it has no value (a speaker's role, a statement's
 * trigger, an error row's quotes) is known to {@link #omittedWhenNull}; every other null is written as JSON
 * {@code null}, as the contract writes it. (Not as field metadata: Spark does not keep the metadata of nested
 * fields through a {@code mapPartitions}, and the schema a transformer declares must equal the one it produces.)
 */
public final class ResultSchema {

    /** The fields, by the struct they belong to, that are left out of the JSON rather than written as null. */
    private static final Map<StructType, Set<String>> OMITTED = new HashMap<>();

    /** Marks, while the schema is built, the fields that {@link #omitted} made; never left in the schema. */
    private static final Metadata OMITTED_MARK = new MetadataBuilder().putBoolean("omittedWhenNull", true).build();

    private static final StructType SPAN = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("text", DataTypes.StringType));

    private static final StructType MENTION = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("type", DataTypes.StringType));

    private static final StructType PROBABILITIES = struct(
            field("FAVOR", DataTypes.DoubleType), field("AGAINST", DataTypes.DoubleType), field("NEUTRAL", DataTypes.DoubleType));

    private static final StructType QUOTE = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("kind", DataTypes.StringType), field("closed", DataTypes.BooleanType),
            field("speaker", DataTypes.StringType), field("speakerId", DataTypes.StringType),
            field("mention", MENTION), field("cue", SPAN), field("rule", DataTypes.StringType),
            field("confidence", DataTypes.DoubleType));

    private static final StructType SPEAKER = struct(
            field("id", DataTypes.StringType), field("name", DataTypes.StringType),
            field("aliases", array(DataTypes.StringType)), field("type", DataTypes.StringType),
            omitted("role", DataTypes.StringType));

    private static final StructType STATEMENT_TOPIC = struct(
            field("topic", DataTypes.StringType), field("label", DataTypes.StringType),
            field("probabilities", PROBABILITIES), field("basis", DataTypes.StringType), omitted("trigger", SPAN));

    private static final StructType STATEMENT = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("kind", DataTypes.StringType), field("speaker", DataTypes.StringType),
            field("speakerId", DataTypes.StringType), field("cue", SPAN), field("confidence", DataTypes.DoubleType),
            field("topics", array(STATEMENT_TOPIC)));

    private static final StructType STANCE = struct(
            field("speaker", DataTypes.StringType), field("speakerId", DataTypes.StringType),
            field("topic", DataTypes.StringType), field("label", DataTypes.StringType),
            field("confidence", DataTypes.DoubleType), omitted("probabilities", PROBABILITIES),
            field("evidence", array(SPAN)));

    /** The result of one article: its analysis, or (on an error row) {@code document} and {@code error} alone. */
    public static final StructType RESULT = struct(
            field("document", DataTypes.StringType), omitted("error", DataTypes.StringType),
            omitted("quotes", array(QUOTE)), omitted("speakers", array(SPEAKER)),
            omitted("statements", array(STATEMENT)), omitted("stances", array(STANCE)));

    private ResultSchema() {
    }

    private static StructType struct(StructField... fields) {
        Set<String> omitted = new HashSet<>();
        StructField[] plain = new StructField[fields.length];
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].metadata() == OMITTED_MARK) {
                omitted.add(fields[i].name());
            }
            plain[i] = new StructField(fields[i].name(), fields[i].dataType(), true, Metadata.empty());
        }
        StructType type = new StructType(plain);
        OMITTED.put(type, Set.copyOf(omitted));
        return type;
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, false);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** A field left out of the JSON when null; {@link #struct} files it under the struct it ends up in. */
    private static StructField omitted(String name, DataType type) {
        return new StructField(name, type, true, OMITTED_MARK);
    }

    /** Whether {@code field} of {@code struct} is left out of the JSON, rather than written as null, when it is null. */
    static boolean omittedWhenNull(StructType struct, String field) {
        return OMITTED.getOrDefault(struct, Set.of()).contains(field);
    }
}
