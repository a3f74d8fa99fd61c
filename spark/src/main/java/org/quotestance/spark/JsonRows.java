package org.quotestance.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Maps JSON objects to Spark rows of a given struct type and back, field by field in the struct's order.
 * Knows strings, ints, longs, doubles, booleans, structs and arrays: what {@link ResultSchema} uses.
 * Stateless and thread-safe.
 */
final class JsonRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRows() {
    }

    /**
     * The row of {@code node}; a missing or null field is a null value.
     *
     * @throws IllegalStateException when {@code node} has a field that {@code type} lacks, so that a change
     *                               of the JSON contract cannot silently drop data from the Spark result
     */
    static Row toRow(ObjectNode node, StructType type) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (type.getFieldIndex(name).isEmpty()) {
                throw new IllegalStateException("JSON field '" + name + "' is not in the Spark schema " + type.simpleString());
            }
        }
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            JsonNode child = node.get(fields[i].name());
            values[i] = child == null || child.isNull() ? null : value(child, fields[i].dataType(), fields[i].name());
        }
        return new GenericRowWithSchema(values, type);
    }

    private static Object value(JsonNode node, DataType type, String name) {
        if (type instanceof StructType struct) {
            if (!node.isObject()) {
                throw new IllegalStateException("JSON field '" + name + "' is not an object: " + node);
            }
            return toRow((ObjectNode) node, struct);
        }
        if (type instanceof ArrayType array) {
            if (!node.isArray()) {
                throw new IllegalStateException("JSON field '" + name + "' is not an array: " + node);
            }
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(item.isNull() ? null : value(item, array.elementType(), name));
            }
            return CollectionConverters.asScala(items).toList();
        }
        if (type.equals(DataTypes.StringType)) {
            return node.asText();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return node.intValue();
        }
        if (type.equals(DataTypes.LongType)) {
            return node.longValue();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return node.doubleValue();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return node.booleanValue();
        }
        throw new IllegalArgumentException("no JSON mapping for Spark type " + type.simpleString() + " of '" + name + "'");
    }

    /** The JSON object of {@code row}, on one line; fields that {@link ResultSchema#omittedWhenNull} names are left out when null. */
    static String toJson(Row row, StructType type) {
        try {
            return MAPPER.writeValueAsString(toNode(row, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode toNode(Row row, StructType type) {
        ObjectNode o = MAPPER.createObjectNode();
        StructField[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            StructField f = fields[i];
            if (row.isNullAt(i)) {
                if (!ResultSchema.omittedWhenNull(type, f.name())) {
                    o.putNull(f.name());
                }
                continue;
            }
            put(o, f.name(), row.get(i), f.dataType());
        }
        return o;
    }

    private static void put(ObjectNode o, String name, Object value, DataType type) {
        if (type instanceof StructType struct) {
            o.set(name, toNode((Row) value, struct));
        } else if (type instanceof ArrayType array) {
            add(o.putArray(name), value, array.elementType());
        } else if (value instanceof String s) {
            o.put(name, s);
        } else if (value instanceof Integer n) {
            o.put(name, n);
        } else if (value instanceof Long n) {
            o.put(name, n);
        } else if (value instanceof Double d) {
            o.put(name, d);
        } else if (value instanceof Boolean b) {
            o.put(name, b);
        } else {
            throw new IllegalArgumentException("no JSON mapping for " + value.getClass().getName() + " of '" + name + "'");
        }
    }

    private static void add(ArrayNode out, Object seq, DataType element) {
        Iterable<?> items = seq instanceof scala.collection.Iterable<?> s ? CollectionConverters.asJava(s)
                : seq instanceof Object[] a ? Arrays.asList(a) : (Iterable<?>) seq;
        for (Object item : items) {
            if (item == null) {
                out.addNull();
            } else if (element instanceof StructType struct) {
                out.add(toNode((Row) item, struct));
            } else {
                ObjectNode holder = MAPPER.createObjectNode();
                put(holder, "v", item, element);
                out.add(holder.get("v"));
            }
        }
    }
}
