package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.ReportedSpeech;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.CleanText;
import org.quotestance.text.Span;
import org.quotestance.topic.Topic;
import org.quotestance.topic.TopicMatcher;
import org.quotestance.topic.TopicMention;

/**
 * Gathers a document's statements (attributed DIRECT and PARTIAL quotes and reported speech), finds their
 * topics and classifies their stance toward each topic's target. Headline quotes are left out: they repeat
 * body statements. Immutable and thread-safe.
 */
public final class StatementExtractor {

    private final List<Topic> topics;
    private final TopicMatcher matcher;
    private final StanceClassifier classifier;

    public StatementExtractor(List<Topic> topics, StanceClassifier classifier) {
        this.topics = List.copyOf(topics);
        this.matcher = new TopicMatcher(topics);
        this.classifier = classifier;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The statements of a document, in text order. */
    public List<Statement> extract(CleanText clean, AnnotatedText nlp, AttributedQuotes attributed) {
        TopicMatcher.Matches matches = matcher.match(clean);
        String original = clean.original();
        List<Statement> out = new ArrayList<>();
        java.util.Set<Span> seen = new java.util.HashSet<>();
        for (Attribution a : attributed.attributions()) {
            Quote q = quoteAt(attributed, a.quote());
            if (q == null || a.speakerId() == null || (q.kind() != QuoteKind.DIRECT && q.kind() != QuoteKind.PARTIAL)) {
                continue;
            }
            StatementKind kind = q.kind() == QuoteKind.DIRECT ? StatementKind.DIRECT : StatementKind.PARTIAL;
            Span content = kind == StatementKind.DIRECT ? q.span() : sentenceAround(clean, nlp, q.span());
            if (seen.add(content)) { // two partial quotes of one sentence make one statement
                out.add(statement(original, content, kind, a.speakerId(), a.mention(), a.cue(), a.confidence(),
                        sentenceAround(clean, nlp, content), clean, matches));
            }
        }
        for (ReportedSpeech r : attributed.reported()) {
            out.add(statement(original, r.sentence(), StatementKind.INDIRECT, r.speakerId(), r.mention(), r.cue(),
                    r.confidence(), r.sentence(), clean, matches));
        }
        out.sort(Comparator.comparing(Statement::content));
        return out;
    }

    private Statement statement(String original, Span content, StatementKind kind, String speakerId,
                                org.quotestance.attribution.Mention mention, org.quotestance.attribution.Cue cue,
                                double confidence, Span sentence, CleanText clean, TopicMatcher.Matches matches) {
        // Its topics: mentioned in it or in its sentence, or set by the heading of its section.
        Set<String> about = new TreeSet<>(matches.topicsIn(content));
        about.addAll(matches.topicsIn(sentence));
        int para = clean.paragraphAt(content.start());
        if (para >= 0) {
            about.addAll(matches.sectionTopics().get(para));
        }
        Map<String, StanceProbabilities> stances = new LinkedHashMap<>();
        String text = content.textOf(clean.working()); // HTML residue blanked, entities decoded, same offsets
        for (Topic t : topics) {
            if (!about.contains(t.id())) {
                continue;
            }
            List<Span> mentions = new ArrayList<>();
            for (TopicMention m : matches.mentions()) {
                if (m.topic().equals(t.id()) && content.contains(m.span())) {
                    mentions.add(new Span(m.span().start() - content.start(), m.span().end() - content.start()));
                }
            }
            stances.put(t.id(), classifier.classify(new StanceInput(text, mentions, t.target(), StanceInput.Domain.NEWS,
                    t.favor(), t.against())));
        }
        return new Statement(content, kind, speakerId, mention, cue, confidence, List.copyOf(stances.keySet()), stances);
    }

    private static Quote quoteAt(AttributedQuotes attributed, Span span) {
        for (Quote q : attributed.quotes()) {
            if (q.span().equals(span)) {
                return q;
            }
        }
        return null;
    }

    /** The sentence(s) holding {@code span}, within its paragraph. */
    private static Span sentenceAround(CleanText clean, AnnotatedText nlp, Span span) {
        int s0 = nlp.sentenceAt(span.start());
        int s1 = nlp.sentenceAt(Math.max(span.start(), span.end() - 1));
        if (s0 < 0 || s1 < 0) {
            return span;
        }
        List<Sentence> sentences = nlp.sentences();
        Span around = new Span(Math.min(span.start(), sentences.get(s0).span().start()),
                Math.max(span.end(), sentences.get(s1).span().end()));
        return clean.widen(around);
    }

    /**
     * Each speaker's stance on each topic: the statements' probabilities averaged, weighted by attribution
     * confidence. A speaker who speaks on some topic of the document but not on another gets NONE for that
     * other topic (when someone else speaks on it).
     *
     * @param speakers speaker id to name, in the order to report
     */
    public List<Stance> aggregate(List<Statement> statements, Map<String, String> speakers) {
        List<Stance> out = new ArrayList<>();
        for (Map.Entry<String, String> sp : speakers.entrySet()) {
            boolean speaks = statements.stream().anyMatch(s -> s.speakerId().equals(sp.getKey()) && !s.topics().isEmpty());
            if (!speaks) {
                continue;
            }
            for (Topic t : topics) {
                List<Statement> evidence = statements.stream()
                        .filter(s -> s.speakerId().equals(sp.getKey()) && s.stances().containsKey(t.id())).toList();
                if (evidence.isEmpty()) {
                    if (statements.stream().anyMatch(s -> s.stances().containsKey(t.id()))) {
                        out.add(new Stance(sp.getKey(), sp.getValue(), t.id(), null, 1.0, null, List.of()));
                    }
                    continue;
                }
                double f = 0;
                double a = 0;
                double n = 0;
                double weight = 0;
                for (Statement s : evidence) {
                    StanceProbabilities p = s.stances().get(t.id());
                    double w = Math.max(0.05, s.confidence());
                    f += w * p.favor();
                    a += w * p.against();
                    n += w * p.neutral();
                    weight += w;
                }
                StanceProbabilities mean = new StanceProbabilities(f / weight, a / weight, n / weight);
                StanceLabel label = mean.label();
                List<Span> spans = evidence.stream()
                        .sorted(Comparator.comparingDouble((Statement s) -> -s.stances().get(t.id()).get(label)))
                        .map(Statement::content).toList();
                out.add(new Stance(sp.getKey(), sp.getValue(), t.id(), label, Math.round(mean.get(label) * 1000) / 1000.0,
                        mean, spans));
            }
        }
        return out;
    }
}
