package org.quotestance.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.io.DocumentReader;
import org.quotestance.io.UnreadableDocumentException;
import org.quotestance.report.JsonLines;

/**
 * Analyses one partition, row by row as Spark pulls them: each input row comes out with its columns and the
 * result appended. Every row has its own try/catch: an article that cannot be analysed (null, binary, over
 * the size limit, a backend failure) is an error row and the partition goes on.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Where a task gets its pipeline: {@link ExecutorPipelines#get} (tests put a failing one here). */
    @FunctionalInterface
    interface PipelineSource extends java.io.Serializable {
        QuoteStance pipeline(AnalyzeOptions options);
    }

    private final AnalyzeOptions options;
    private final int textIndex;
    private final int idIndex;
    private final PipelineSource source;
    private final StructType output;

    /** Analyses rows of {@code input} with the pipeline of this JVM ({@link ExecutorPipelines}). */
    AnalyzePartition(AnalyzeOptions options, StructType input) {
        this(options, input, ExecutorPipelines::get);
    }

    AnalyzePartition(AnalyzeOptions options, StructType input, PipelineSource source) {
        this.options = options;
        this.textIndex = input.fieldIndex(options.textColumn());
        this.idIndex = options.idColumn() == null ? -1 : input.fieldIndex(options.idColumn());
        this.source = source;
        this.output = outputSchema(input, options.resultColumn());
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        DocumentReader reader = new DocumentReader(options.maxBytes());
        TaskContext task = TaskContext.get();
        int partition = task == null ? 0 : task.partitionId();
        return new Iterator<>() {
            private long position;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row in = rows.next();
                String document = document(in, partition, position++);
                Object[] values = new Object[in.length() + 1];
                for (int i = 0; i < in.length(); i++) {
                    values[i] = in.get(i);
                }
                values[in.length()] = analyze(reader, document, in.get(textIndex));
                return new GenericRowWithSchema(values, output);
            }
        };
    }

    private String document(Row in, int partition, long position) {
        if (idIndex >= 0 && !in.isNullAt(idIndex)) {
            return String.valueOf(in.get(idIndex));
        }
        return "partition-" + partition + "/row-" + position;
    }

    /** The result row of one article; never throws for a bad article. */
    Row analyze(DocumentReader reader, String document, Object value) {
        try {
            String text = value instanceof byte[] bytes ? reader.decode(document, bytes)
                    : reader.check(document, (String) value);
            QuoteStance pipeline = source.pipeline(options);
            DocumentAnalysis analysis = pipeline.analyze(document, text);
            return JsonRows.toRow(JsonLines.toTree(analysis), ResultSchema.RESULT);
        } catch (UnreadableDocumentException e) {
            return error(document, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks the analysis (or a pipeline that cannot be built) must not fail the job.
            return error(document, document + ": analysis failed: " + e);
        }
    }

    private static Row error(String document, String message) {
        return JsonRows.toRow(JsonLines.errorTree(document, message), ResultSchema.RESULT);
    }

    static StructType outputSchema(StructType input, String resultColumn) {
        return input.add(resultColumn, ResultSchema.RESULT, false);
    }
}
