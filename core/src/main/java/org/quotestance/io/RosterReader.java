package org.quotestance.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.entity.RosterEntry;
import org.quotestance.entity.SpeakerType;

/**
 * Reads a roster of known people and organisations from JSON:
 * <pre>
 * [{"name": "Antony Blinken", "aliases": ["Tony Blinken"], "type": "PERSON",
 *   "role": "US Secretary of State", "affiliation": "United States"}]
 * </pre>
 * Only {@code name} is required; {@code type} defaults to PERSON. Unknown fields are rejected by name.
 */
public final class RosterReader {

    private static final Set<String> FIELDS = Set.of("name", "aliases", "type", "role", "affiliation");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @throws InvalidInputException naming the file, the entry and the field that is wrong
     */
    public List<RosterEntry> read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read roster: " + e.getMessage());
        }
        return parse(file.toString(), json);
    }

    public List<RosterEntry> parse(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(source + (at == null ? "" : ":" + at.getLineNr())
                    + ": roster is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(source + ": roster must be a JSON array of entries");
        }
        List<RosterEntry> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.add(entry(source + ": roster entry " + (i + 1), root.get(i)));
        }
        return out;
    }

    private static RosterEntry entry(String where, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidInputException(where + ": must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new InvalidInputException(where + ": unknown field \"" + f + "\" (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new InvalidInputException(where + ": field \"name\" is missing or empty");
        }
        List<String> aliases = new ArrayList<>();
        JsonNode a = node.get("aliases");
        if (a != null) {
            if (!a.isArray()) {
                throw new InvalidInputException(where + ": field \"aliases\" must be an array of strings");
            }
            a.forEach(x -> aliases.add(x.asText()));
        }
        SpeakerType type = SpeakerType.PERSON;
        if (node.has("type")) {
            try {
                type = SpeakerType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ": field \"type\" must be PERSON, ORGANIZATION or OTHER, not \""
                        + node.get("type").asText() + "\"");
            }
        }
        return new RosterEntry(name.asText(), aliases, type, text(node, "role"), text(node, "affiliation"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
