package org.quotestance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotestance.DocumentAnalysis;
import org.quotestance.stance.Stance;
import org.quotestance.stance.StanceLabel;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.text.Span;

/**
 * Speakers × topics over one or more analysed documents: each speaker's stance on each topic, with the
 * statements it rests on. A speaker is identified across documents by name. Where a speaker has a stance on a
 * topic in several documents, their probabilities are averaged, each weighted by its number of statements.
 * Immutable.
 */
public final class StanceMatrix {

    /** A statement behind a cell: the document and the span of its text. */
    public record Evidence(String document, Span span, String text) {

        public Evidence {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One speaker's stance on one topic.
     *
     * @param label       the stance; null (NONE) where the speaker speaks in a document on the topic but never to it
     * @param confidence  the probability of {@code label}, 0 to 1 (1 for NONE)
     * @param documents   the number of documents where the speaker has a stance on the topic, NONE included
     * @param evidence    the statements, most decisive first within each document, documents in the order given
     */
    public record Cell(String speaker, String topic, StanceLabel label, double confidence, int documents,
                       List<Evidence> evidence) {

        public Cell {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(topic, "topic");
            evidence = List.copyOf(evidence);
        }

        /** FAVOR, AGAINST, NEUTRAL or NONE. */
        public String labelName() {
            return label == null ? "NONE" : label.name();
        }
    }

    private final List<String> speakers;
    private final List<String> topics;
    private final Map<String, Map<String, Cell>> cells;

    private StanceMatrix(List<String> speakers, List<String> topics, Map<String, Map<String, Cell>> cells) {
        this.speakers = List.copyOf(speakers);
        this.topics = List.copyOf(topics);
        this.cells = cells;
    }

    /** The matrix of one document. */
    public static StanceMatrix of(DocumentAnalysis document) {
        return of(List.of(document));
    }

    /** The matrix over {@code documents}: speakers and topics in order of first appearance. */
    public static StanceMatrix of(List<DocumentAnalysis> documents) {
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        Map<String, Map<String, List<Stance>>> stances = new LinkedHashMap<>();
        Map<String, Map<String, List<Evidence>>> evidence = new LinkedHashMap<>();
        for (DocumentAnalysis d : documents) {
            for (Stance s : d.stances()) {
                speakers.add(s.speaker());
                topics.add(s.topic());
                stances.computeIfAbsent(s.speaker(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(s);
                List<Evidence> ev = evidence.computeIfAbsent(s.speaker(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.topic(), k -> new ArrayList<>());
                for (Span span : s.evidence()) {
                    ev.add(new Evidence(d.document(), span, span.textOf(d.text())));
                }
            }
        }
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        stances.forEach((speaker, byTopic) -> byTopic.forEach((topic, list) -> {
            List<StanceProbabilities> each = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (Stance s : list) {
                if (s.label() != null && s.probabilities() != null) {
                    each.add(s.probabilities());
                    weights.add((double) Math.max(1, s.evidence().size()));
                }
            }
            Cell cell;
            if (each.isEmpty()) {
                cell = new Cell(speaker, topic, null, 1.0, list.size(), List.of());
            } else {
                StanceProbabilities mean = StanceProbabilities.weightedMean(each, weights);
                cell = new Cell(speaker, topic, mean.label(), mean.get(mean.label()), list.size(),
                        evidence.get(speaker).get(topic));
            }
            cells.computeIfAbsent(speaker, k -> new LinkedHashMap<>()).put(topic, cell);
        }));
        return new StanceMatrix(new ArrayList<>(speakers), new ArrayList<>(topics), cells);
    }

    /** The speakers (rows), in order of first appearance. */
    public List<String> speakers() {
        return speakers;
    }

    /** The topic ids (columns), in order of first appearance. */
    public List<String> topics() {
        return topics;
    }

    /** The cell of {@code speaker} and {@code topic}; empty where the speaker has no stance there in any document. */
    public Optional<Cell> cell(String speaker, String topic) {
        return Optional.ofNullable(cells.getOrDefault(speaker, Map.of()).get(topic));
    }

    public boolean isEmpty() {
        return speakers.isEmpty();
    }

    /** The matrix as a text table: "AGAINST .68 (1)" is the label, its confidence and the number of statements. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "(no stances)\n";
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("speaker");
        header.addAll(topics);
        rows.add(header);
        for (String s : speakers) {
            List<String> row = new ArrayList<>();
            row.add(s);
            for (String t : topics) {
                row.add(cell(s, t).map(StanceMatrix::shortText).orElse("-"));
            }
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(pad(r.get(i), width[i]));
            }
            sb.setLength(sb.length() - trailing(sb));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The matrix as a self-contained HTML fragment (a table with its own style) whose cells show their evidence
     * on hover and on click.
     */
    public String toHtml() {
        return HtmlReport.matrixFragment(this);
    }

    /** "AGAINST .68 (2)": label, confidence, statements; "NONE" alone. */
    static String shortText(Cell c) {
        if (c.label() == null) {
            return "NONE";
        }
        return c.labelName() + " " + String.format(Locale.ROOT, "%.2f", c.confidence()).replaceFirst("^0", "")
                + " (" + c.evidence().size() + ")";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static int trailing(StringBuilder sb) {
        int n = 0;
        while (n < sb.length() && sb.charAt(sb.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }
}
