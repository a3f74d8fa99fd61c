package org.quotestance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.io.InvalidInputException;
import org.quotestance.text.Span;

/**
 * Speakers for gold quotes that the gold leaves without one: PolNeAR marks some quoted attributions with
 * no source (a quote-only paragraph that continues the speaker before it, most often). A supplement file
 * gives, per attribution content, the speaker a careful reader names, as offsets and names only:
 *
 * <pre>{"document": "...", "content": {"start": 1200, "end": 1350}, "speaker": "Hillary Clinton" | null,
 *  "aliases": ["Clinton"], "basis": "previous-paragraph"}</pre>
 *
 * <p>{@link #apply} gives every gold quote without a speaker that lies inside such a content that speaker;
 * quotes that have a speaker are left as they are. Immutable.
 */
public final class SourceSupplement {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One supplied speaker. */
    private record Entry(Span content, String speaker, List<String> aliases) {
    }

    private final Map<String, List<Entry>> byDocument;
    private final String origin;

    private SourceSupplement(Map<String, List<Entry>> byDocument, String origin) {
        this.byDocument = byDocument;
        this.origin = origin;
    }

    /**
     * Reads a supplement file.
     *
     * @throws InvalidInputException naming the file and line when a line is not such an object
     * @throws IOException           when the file cannot be read
     */
    public static SourceSupplement read(Path file) throws IOException {
        Map<String, List<Entry>> out = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                JsonNode n = MAPPER.readTree(line);
                JsonNode content = n.path("content");
                if (!n.path("document").isTextual() || !content.path("start").canConvertToInt()
                        || !content.path("end").canConvertToInt()) {
                    throw new InvalidInputException(where + ": needs \"document\" and \"content\": {\"start\", \"end\"}");
                }
                String speaker = n.path("speaker").isTextual() ? n.get("speaker").asText() : null;
                List<String> aliases = new ArrayList<>();
                n.path("aliases").forEach(a -> aliases.add(a.asText()));
                Span span = new Span(content.get("start").asInt(), content.get("end").asInt());
                out.computeIfAbsent(n.get("document").asText(), k -> new ArrayList<>())
                        .add(new Entry(span, speaker, List.copyOf(aliases)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new InvalidInputException(where + ": not a supplement line (" + e.getMessage() + ")");
            }
        }
        return new SourceSupplement(out, file.toString());
    }

    /**
     * Whether a gold quote belongs to an attribution's content: inside it, or starting at the quote mark just
     * before it (PolNeAR's content often starts after the opening mark, the gold quote at it).
     */
    private static boolean covers(Span content, Span quote) {
        return quote.start() >= content.start() - 1 && quote.end() <= content.end() + 1 && quote.start() < content.end();
    }

    /** The corpus with every speakerless gold quote inside a supplied content given that content's speaker. */
    public GoldCorpus apply(GoldCorpus corpus) {
        int given = 0;
        List<GoldDocument> docs = new ArrayList<>();
        for (GoldDocument d : corpus.documents()) {
            List<Entry> entries = byDocument.getOrDefault(d.name(), List.of());
            List<GoldQuote> quotes = new ArrayList<>();
            for (GoldQuote q : d.quotes()) {
                Entry e = q.speaker() != null ? null : entries.stream()
                        .filter(x -> x.speaker() != null && covers(x.content(), q.span())).findFirst().orElse(null);
                if (e == null) {
                    quotes.add(q);
                } else {
                    given++;
                    quotes.add(new GoldQuote(q.span(), q.kind(), e.speaker(), e.aliases(), null,
                            MentionCategory.of(d.text(), q.span(), e.speaker(), null)));
                }
            }
            docs.add(new GoldDocument(d.name(), d.origin(), d.text(), quotes));
        }
        return new GoldCorpus(corpus.description() + "; " + given + " speakerless gold quotes given a speaker by "
                + origin, docs, corpus.problems());
    }
}
