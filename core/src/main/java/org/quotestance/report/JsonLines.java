package org.quotestance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.stance.Stance;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.stance.Statement;
import org.quotestance.stance.TopicStance;
import org.quotestance.text.Span;

/**
 * The JSON Lines output contract: one object per document, on one line. Thread-safe.
 *
 * <pre>
 * {"document": "a.txt",
 *  "quotes": [{"start", "end", "text", "kind", "closed", "speaker", "speakerId", "mention", "cue",
 *              "rule", "confidence"}],
 *  "speakers": [{"id", "name", "aliases", "type", "role" (only when a roster gives one)}],
 *  "statements": [{"start", "end", "text", "kind", "speaker", "speakerId", "cue", "confidence",
 *                  "topics": [{"topic", "label", "probabilities": {"FAVOR", "AGAINST", "NEUTRAL"}}]}],
 *  "stances": [{"speaker", "speakerId", "topic", "label" (FAVOR|AGAINST|NEUTRAL|NONE), "confidence",
 *               "probabilities", "evidence": [{"start", "end", "text"}] (the statements counted)}]}
 * </pre>
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /** The document's line, without the line terminator. */
    public static String toJson(DocumentAnalysis analysis) {
        return write(toTree(analysis));
    }

    /** The document's object, as a tree (what {@link #toJson} writes): for callers that map it onward. */
    public static ObjectNode toTree(DocumentAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", analysis.document());
        ArrayNode quotes = root.putArray("quotes");
        String text = analysis.text();
        for (Quote q : analysis.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("start", q.span().start());
            o.put("end", q.span().end());
            o.put("text", q.text(text));
            o.put("kind", q.kind().name());
            o.put("closed", q.closed());
            Attribution a = analysis.attributionOf(q).orElse(null);
            Speaker s = analysis.speakerOf(q).orElse(null);
            if (s == null) {
                o.putNull("speaker");
                o.putNull("speakerId");
            } else {
                o.put("speaker", s.name());
                o.put("speakerId", s.id());
            }
            if (a == null) {
                o.putNull("mention");
                o.putNull("cue");
                o.putNull("rule");
                o.put("confidence", 0.0);
            } else {
                span(o.putObject("mention"), a.mention().span(), a.mention().text());
                o.with("mention").put("type", a.mention().type().name());
                span(o.putObject("cue"), a.cue().span(), a.cue().text());
                o.put("rule", a.rule().name());
                o.put("confidence", a.confidence());
            }
        }
        ArrayNode speakers = root.putArray("speakers");
        for (Speaker s : analysis.speakers()) {
            ObjectNode o = speakers.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            ArrayNode aliases = o.putArray("aliases");
            s.aliases().forEach(aliases::add);
            o.put("type", s.type().name());
            if (!s.role().isEmpty()) {
                o.put("role", s.role());
            }
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement st : analysis.statements()) {
            ObjectNode o = statements.addObject();
            span(o, st.content(), st.text(text));
            o.put("kind", st.kind().name());
            o.put("speaker", analysis.speaker(st.speakerId()).map(Speaker::name).orElse(null));
            o.put("speakerId", st.speakerId());
            span(o.putObject("cue"), st.cue().span(), st.cue().text());
            o.put("confidence", st.confidence());
            ArrayNode topics = o.putArray("topics");
            for (String t : st.topics()) {
                ObjectNode to = topics.addObject();
                to.put("topic", t);
                TopicStance ts = st.stances().get(t);
                to.put("label", ts.label().name());
                probabilities(to.putObject("probabilities"), ts.probabilities());
                to.put("basis", ts.basis().name());
                if (ts.trigger() != null) {
                    span(to.putObject("trigger"), ts.trigger(), ts.trigger().textOf(text));
                }
            }
        }
        ArrayNode stances = root.putArray("stances");
        for (Stance st : analysis.stances()) {
            ObjectNode o = stances.addObject();
            o.put("speaker", st.speaker());
            o.put("speakerId", st.speakerId());
            o.put("topic", st.topic());
            o.put("label", st.labelName());
            o.put("confidence", st.confidence());
            if (st.probabilities() != null) {
                probabilities(o.putObject("probabilities"), st.probabilities());
            }
            ArrayNode evidence = o.putArray("evidence");
            for (Span e : st.evidence()) {
                span(evidence.addObject(), e, e.textOf(text));
            }
        }
        return root;
    }

    private static void probabilities(ObjectNode o, StanceProbabilities p) {
        o.put("FAVOR", Math.round(p.favor() * 1000) / 1000.0);
        o.put("AGAINST", Math.round(p.against() * 1000) / 1000.0);
        o.put("NEUTRAL", Math.round(p.neutral() * 1000) / 1000.0);
    }

    /** The error record for a document that could not be analysed: {@code {"document": …, "error": …}}. */
    public static String error(String document, String message) {
        return write(errorTree(document, message));
    }

    /** The error record as a tree (what {@link #error} writes). */
    public static ObjectNode errorTree(String document, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", document);
        root.put("error", message);
        return root;
    }

    private static void span(ObjectNode o, Span span, String text) {
        o.put("start", span.start());
        o.put("end", span.end());
        o.put("text", text);
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }
}
