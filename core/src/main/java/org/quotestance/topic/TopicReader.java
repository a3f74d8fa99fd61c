package org.quotestance.topic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.quotestance.io.InvalidInputException;

/**
 * Reads topics from JSON:
 * <pre>
 * {"topics": [{"id": "nord-stream-2", "label": "Nord Stream 2",
 *              "target": "The Nord Stream 2 pipeline should be completed",
 *              "aliases": ["Nord Stream 2", "North Stream 2", "Beixi-2"], "patterns": ["\\bNS2\\b"],
 *              "references": ["the pipeline"],
 *              "examples": {"favor": ["…"], "against": ["…"]}}]}
 * </pre>
 * {@code id}, {@code label}, {@code target} and at least one alias or pattern are required; every error
 * names the file, the line and the field ("topics.json:7: topics[1]: field \"target\" is missing"). Unknown fields are
 * rejected by name.
 */
public final class TopicReader {

    /** The built-in topic set: the 2021 US–Russia reporting (Arctic, Nord Stream 2, the expelled diplomats). */
    public static final String BUILT_IN = "org/quotestance/topic/us-russia-2021.json";

    private static final Set<String> FILE_FIELDS = Set.of("topics");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "label", "target", "aliases", "patterns", "references", "examples");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("favor", "against");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Reads a topic file. */
    public List<Topic> read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read topics: " + e.getMessage());
        }
        return parse(file.toString(), json);
    }

    /** The built-in topics. */
    public static List<Topic> builtIn() {
        try (InputStream in = TopicReader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the classpath");
            }
            return new TopicReader().parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses topics from {@code json}; {@code source} names it in messages.
     *
     * @throws InvalidInputException naming the source, line and field that is wrong
     */
    public List<Topic> parse(String source, String json) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = MAPPER.readTree(json);
            lines = lines(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read topics: " + e.getMessage());
        }
        Where where = new Where(source, lines);
        if (root == null || !root.isObject()) {
            throw where.error("", "must be an object {\"topics\": [...]}");
        }
        where.checkFields(root, "", FILE_FIELDS);
        JsonNode topics = root.get("topics");
        if (topics == null || !topics.isArray() || topics.isEmpty()) {
            throw where.error("/topics", "must be a non-empty array of topics");
        }
        List<Topic> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topic(where, "/topics/" + i, topics.get(i));
            if (!ids.add(t.id())) {
                throw where.error("/topics/" + i + "/id", "duplicate id \"" + t.id() + "\"");
            }
            out.add(t);
        }
        return out;
    }

    private static Topic topic(Where where, String at, JsonNode node) {
        if (!node.isObject()) {
            throw where.error(at, "must be an object");
        }
        where.checkFields(node, at, TOPIC_FIELDS);
        String id = where.text(node, at, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw where.error(at + "/id", "\"" + id + "\" must be lower-case letters, digits and single dashes");
        }
        String label = where.text(node, at, "label");
        String target = where.text(node, at, "target");
        List<String> aliases = where.strings(node, at, "aliases");
        List<String> patterns = where.strings(node, at, "patterns");
        for (int k = 0; k < patterns.size(); k++) {
            try {
                java.util.regex.Pattern.compile(patterns.get(k));
            } catch (PatternSyntaxException e) {
                throw where.error(at + "/patterns/" + k, "not a valid regular expression: " + e.getDescription());
            }
        }
        if (aliases.isEmpty() && patterns.isEmpty()) {
            throw where.error(at, "needs at least one of \"aliases\" and \"patterns\"");
        }
        List<String> references = where.strings(node, at, "references");
        for (String field : new String[] {"aliases", "references"}) {
            List<String> values = field.equals("aliases") ? aliases : references;
            for (int k = 0; k < values.size(); k++) {
                if (!values.get(k).matches("(?s).*[\\p{L}\\p{N}].*")) {
                    throw where.error(at + "/" + field + "/" + k, "\"" + values.get(k) + "\" has no letter or digit");
                }
            }
        }
        List<String> favor = List.of();
        List<String> against = List.of();
        JsonNode ex = node.get("examples");
        if (ex != null && !ex.isNull()) {
            if (!ex.isObject()) {
                throw where.error(at + "/examples", "must be an object {\"favor\": [...], \"against\": [...]}");
            }
            where.checkFields(ex, at + "/examples", EXAMPLE_FIELDS);
            favor = where.strings(ex, at + "/examples", "favor");
            against = where.strings(ex, at + "/examples", "against");
        }
        return new Topic(id, label, target, aliases, patterns, references, favor, against);
    }

    /** The line of every JSON pointer in {@code json}. */
    private static Map<String, Integer> lines(String json) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            while (p.nextToken() != null) {
                out.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        }
        return out;
    }

    /** Builds messages that name the source, the line and the field. */
    private record Where(String source, Map<String, Integer> lines) {

        InvalidInputException error(String pointer, String message) {
            Integer line = null;
            for (String p = pointer; line == null; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                line = lines.get(p);
                if (p.isEmpty()) {
                    break;
                }
            }
            String field = pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.').replaceFirst("^\\.", "");
            return new InvalidInputException(source + (line == null ? "" : ":" + line) + ": "
                    + (field.isEmpty() ? "" : field + ": ") + message);
        }

        void checkFields(JsonNode node, String at, Set<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    throw error(at + "/" + f, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        String text(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw error(at, "field \"" + field + "\" is missing");
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw error(at + "/" + field, "must be a non-empty string");
            }
            return v.asText().strip();
        }

        List<String> strings(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isArray()) {
                throw error(at + "/" + field, "must be an array of strings");
            }
            for (int k = 0; k < v.size(); k++) {
                if (!v.get(k).isTextual() || v.get(k).asText().isBlank()) {
                    throw error(at + "/" + field + "/" + k, "must be a non-empty string");
                }
                out.add(v.get(k).asText().strip());
            }
            return out;
        }
    }
}
