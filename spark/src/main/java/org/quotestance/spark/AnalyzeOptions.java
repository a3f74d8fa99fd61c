package org.quotestance.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.quotestance.io.DocumentReader;

/**
 * How {@link QuoteStanceSpark#analyze} reads the articles and what it reports. Immutable and serialisable: it
 * travels to the executors, which build their pipeline from it, so topics and roster are held as their JSON
 * (the formats of {@code quotestance analyze --topics} and {@code --roster}), never as live objects.
 *
 * @param textColumn   the article text: a string column, or a binary one (strict UTF-8, as files are read)
 * @param idColumn     a column that names each article in its result ({@code document}), or null to name rows
 *                     by partition and position
 * @param resultColumn the result column to add (a struct of type {@link ResultSchema#RESULT})
 * @param topicsJson   the topics to report stances on, or null for the built-in set
 * @param rosterJson   known people and organisations, or null
 * @param maxBytes     largest article analysed, in bytes of UTF-8; a larger one is an error row
 */
public record AnalyzeOptions(String textColumn, String idColumn, String resultColumn, String topicsJson,
                             String rosterJson, long maxBytes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_TEXT_COLUMN = "text";
    public static final String DEFAULT_RESULT_COLUMN = "quotestance";

    public AnalyzeOptions {
        Objects.requireNonNull(textColumn, "textColumn");
        Objects.requireNonNull(resultColumn, "resultColumn");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
        }
    }

    /** Text in {@code text}, rows named by position, the result in {@code quotestance}, built-in topics, no roster. */
    public static AnalyzeOptions defaults() {
        return new AnalyzeOptions(DEFAULT_TEXT_COLUMN, null, DEFAULT_RESULT_COLUMN, null, null,
                DocumentReader.DEFAULT_MAX_BYTES);
    }

    public AnalyzeOptions withTextColumn(String column) {
        return new AnalyzeOptions(column, idColumn, resultColumn, topicsJson, rosterJson, maxBytes);
    }

    public AnalyzeOptions withIdColumn(String column) {
        return new AnalyzeOptions(textColumn, column, resultColumn, topicsJson, rosterJson, maxBytes);
    }

    public AnalyzeOptions withResultColumn(String column) {
        return new AnalyzeOptions(textColumn, idColumn, column, topicsJson, rosterJson, maxBytes);
    }

    public AnalyzeOptions withTopicsJson(String json) {
        return new AnalyzeOptions(textColumn, idColumn, resultColumn, json, rosterJson, maxBytes);
    }

    public AnalyzeOptions withRosterJson(String json) {
        return new AnalyzeOptions(textColumn, idColumn, resultColumn, topicsJson, json, maxBytes);
    }

    public AnalyzeOptions withMaxBytes(long bytes) {
        return new AnalyzeOptions(textColumn, idColumn, resultColumn, topicsJson, rosterJson, bytes);
    }

    /** Topics from a file, read now (on the driver). */
    public AnalyzeOptions withTopicsFile(Path file) {
        return withTopicsJson(readJson(file));
    }

    /** A roster from a file, read now (on the driver). */
    public AnalyzeOptions withRosterFile(Path file) {
        return withRosterJson(readJson(file));
    }

    private static String readJson(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
