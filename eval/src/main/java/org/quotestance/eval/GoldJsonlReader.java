package org.quotestance.eval;

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
import org.quotestance.io.DocumentReader;
import org.quotestance.io.InvalidInputException;
import org.quotestance.io.UnreadableDocumentException;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

/**
 * Reads QuoteStance's own gold format: JSON Lines, one annotated document per line.
 * <pre>
 * {"document": "harbour-strike", "path": "harbour-strike.txt",
 *  "quotes": [{"start": 120, "end": 145, "text": "“We will not back down,”", "kind": "DIRECT",
 *              "speaker": "Maria Lopez", "aliases": ["Lopez"], "mention": {"start": 147, "end": 152}}]}
 * </pre>
 * <ul>
 * <li>{@code path} (relative to the gold file's folder) or {@code text} gives the document text;
 *     {@code document} names it (default: the path, or "line N").</li>
 * <li>{@code start}/{@code end}: UTF-16 offsets covering the quote marks; {@code text}, when given, must
 *     equal the covered text, which catches offsets that drifted.</li>
 * <li>{@code kind}: DIRECT (default), PARTIAL, HEADLINE, SCARE or NESTED; SCARE and NESTED have no speaker.</li>
 * <li>{@code speaker}: a name, or null when nothing in the text says who spoke; {@code aliases}: other names
 *     of the same speaker; {@code mention}: the words that name the speaker for this quote.</li>
 * </ul>
 * A line that does not parse or holds a bad field is skipped with a problem naming the file, line and
 * field; the other lines are still read. Unknown fields are rejected by name.
 */
public final class GoldJsonlReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("document", "path", "text", "quotes");
    private static final Set<String> QUOTE_FIELDS = Set.of("start", "end", "text", "kind", "speaker", "aliases", "mention");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final DocumentReader documents;

    public GoldJsonlReader() {
        this(DocumentReader.defaults());
    }

    /** @param documents reads the texts that {@code path} fields point at */
    public GoldJsonlReader(DocumentReader documents) {
        this.documents = documents;
    }

    /**
     * Reads every line of {@code file}.
     *
     * @throws InvalidInputException when the file itself cannot be read
     */
    public GoldCorpus read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read gold annotations: " + e);
        }
        Path dir = file.toAbsolutePath().getParent();
        List<GoldDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<byte[]> lines = lines(bytes);
        for (int n = 0; n < lines.size(); n++) {
            String where = file + ":" + (n + 1);
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(lines.get(n))).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(where + ": not UTF-8; document skipped");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                docs.add(document(where, dir, line, n + 1));
            } catch (InvalidInputException | UnreadableDocumentException e) {
                problems.add(e.getMessage() + "; document skipped");
            }
        }
        return new GoldCorpus("gold " + file + ": " + docs.size() + " documents", docs, problems);
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i < bytes.length || end > start) {
                    out.add(java.util.Arrays.copyOfRange(bytes, start, end));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private GoldDocument document(String where, Path dir, String line, int lineNumber) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(where + ": must be a JSON object");
        }
        checkFields(where, node, DOCUMENT_FIELDS);
        String text;
        String name;
        if (node.hasNonNull("text") == node.hasNonNull("path")) {
            throw new InvalidInputException(where + ": give exactly one of \"text\" and \"path\"");
        }
        if (node.hasNonNull("path")) {
            String path = string(where, node, "path");
            Path resolved;
            try {
                resolved = dir.resolve(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidInputException(where + ": \"path\" is not a valid path: " + e.getReason());
            }
            if (!Files.isRegularFile(resolved)) {
                throw new InvalidInputException(where + ": \"path\": no such file " + resolved);
            }
            text = documents.read(resolved);
            name = path;
        } else {
            text = string(where, node, "text");
            name = "line " + lineNumber;
        }
        if (node.hasNonNull("document")) {
            name = string(where, node, "document");
        }
        JsonNode quotes = node.get("quotes");
        if (quotes == null || !quotes.isArray()) {
            throw new InvalidInputException(where + ": field \"quotes\" must be an array (may be empty)");
        }
        List<GoldQuote> out = new ArrayList<>();
        java.util.Set<Span> seen = new java.util.HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            GoldQuote q = quote(where + ": quotes[" + i + "]", quotes.get(i), text);
            if (!seen.add(q.span())) {
                throw new InvalidInputException(where + ": quotes[" + i + "]: the span " + q.span().start() + "-"
                        + q.span().end() + " is annotated twice");
            }
            out.add(q);
        }
        return new GoldDocument(name, where, text, out);
    }

    private static GoldQuote quote(String where, JsonNode node, String text) {
        if (!node.isObject()) {
            throw new InvalidInputException(where + ": must be an object");
        }
        checkFields(where, node, QUOTE_FIELDS);
        Span span = span(where, node, text);
        if (node.hasNonNull("text") && !string(where, node, "text").equals(span.textOf(text))) {
            throw new InvalidInputException(where + ": \"text\" " + quoted(string(where, node, "text"))
                    + " differs from the text at " + span.start() + "-" + span.end() + ": " + quoted(span.textOf(text)));
        }
        QuoteKind kind = QuoteKind.DIRECT;
        if (node.hasNonNull("kind")) {
            try {
                kind = QuoteKind.valueOf(string(where, node, "kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ": \"kind\" must be DIRECT, PARTIAL, HEADLINE, SCARE or NESTED, not "
                        + quoted(node.get("kind").asText()));
            }
        }
        String speaker = node.hasNonNull("speaker") ? string(where, node, "speaker") : null;
        if (speaker != null && speaker.isBlank()) {
            throw new InvalidInputException(where + ": \"speaker\" is blank; use null when nothing says who spoke");
        }
        if (speaker != null && (kind == QuoteKind.SCARE || kind == QuoteKind.NESTED)) {
            throw new InvalidInputException(where + ": a " + kind + " quote has no speaker, but \"speaker\" is " + quoted(speaker));
        }
        List<String> aliases = new ArrayList<>();
        JsonNode a = node.get("aliases");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new InvalidInputException(where + ": \"aliases\" must be an array of strings");
            }
            for (JsonNode x : a) {
                if (!x.isTextual()) {
                    throw new InvalidInputException(where + ": \"aliases\" must be an array of strings");
                }
                aliases.add(x.asText());
            }
        }
        boolean nobody = kind == QuoteKind.SCARE || kind == QuoteKind.NESTED;
        if (nobody && !aliases.isEmpty()) {
            throw new InvalidInputException(where + ": a " + kind + " quote has no speaker, so no \"aliases\"");
        }
        if (node.hasNonNull("mention") && (speaker == null || nobody)) {
            throw new InvalidInputException(where + ": \"mention\" names a speaker, but \"speaker\" is "
                    + (nobody ? "not allowed on a " + kind + " quote" : "null"));
        }
        Span mention = null;
        if (node.hasNonNull("mention")) {
            JsonNode m = node.get("mention");
            if (!m.isObject()) {
                throw new InvalidInputException(where + ": \"mention\" must be an object {\"start\": …, \"end\": …}");
            }
            mention = span(where + ": mention", m, text);
        }
        return new GoldQuote(span, kind, speaker, aliases, mention, MentionCategory.of(text, span, speaker, mention));
    }

    private static Span span(String where, JsonNode node, String text) {
        int start = offset(where, node, "start");
        int end = offset(where, node, "end");
        if (end <= start) {
            throw new InvalidInputException(where + ": \"end\" " + end + " is not after \"start\" " + start);
        }
        if (end > text.length()) {
            throw new InvalidInputException(where + ": \"end\" " + end + " is after the end of the text (" + text.length() + " chars)");
        }
        return new Span(start, end);
    }

    private static int offset(String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw new InvalidInputException(where + ": \"" + field + "\" must be a non-negative integer offset");
        }
        return v.asInt();
    }

    private static String string(String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isTextual()) {
            throw new InvalidInputException(where + ": \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static void checkFields(String where, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new InvalidInputException(where + ": unknown field " + quoted(f) + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String quoted(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + t.replace("\n", "\\n") + "\"";
    }
}
