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
import org.quotestance.entity.Speaker;
import org.quotestance.lexicon.VerbForms;
import org.quotestance.lexicon.WordList;
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

    /**
     * The statements of a document, in text order. Every statement's inputs for every topic it is about go to the
     * classifier in one {@link StanceClassifier#classifyAll} call, so a model that batches runs once per document.
     */
    public List<Statement> extract(CleanText clean, AnnotatedText nlp, AttributedQuotes attributed) {
        TopicMatcher.Matches matches = matcher.match(clean);
        List<Pending> pending = new ArrayList<>();
        java.util.Set<Span> seen = new java.util.HashSet<>();
        for (Attribution a : attributed.attributions()) {
            Quote q = quoteAt(attributed, a.quote());
            if (q == null || a.speakerId() == null || (q.kind() != QuoteKind.DIRECT && q.kind() != QuoteKind.PARTIAL)) {
                continue;
            }
            StatementKind kind = q.kind() == QuoteKind.DIRECT ? StatementKind.DIRECT : StatementKind.PARTIAL;
            Span content = kind == StatementKind.DIRECT ? q.span() : sentenceAround(clean, nlp, q.span());
            if (seen.add(content)) { // two partial quotes of one sentence make one statement
                pending.add(pending(content, kind, a.speakerId(), a.mention(), a.cue(), a.confidence(),
                        sentenceAround(clean, nlp, content), clean, matches));
            }
        }
        for (ReportedSpeech r : attributed.reported()) {
            pending.add(pending(r.sentence(), StatementKind.INDIRECT, r.speakerId(), r.mention(), r.cue(),
                    r.confidence(), r.sentence(), clean, matches));
        }
        List<StanceInput> inputs = new ArrayList<>();
        pending.forEach(p -> inputs.addAll(p.inputs().values()));
        List<StanceProbabilities> read = inputs.isEmpty() ? List.of() : classifier.classifyAll(inputs);
        if (read.size() != inputs.size()) {
            throw new IllegalStateException(classifier.getClass().getName() + " gave " + read.size() + " results for "
                    + inputs.size() + " inputs");
        }
        List<Statement> out = new ArrayList<>(pending.size());
        int next = 0;
        for (Pending p : pending) {
            Map<String, TopicStance> stances = new LinkedHashMap<>();
            for (Map.Entry<String, StanceInput> e : p.inputs().entrySet()) {
                stances.put(e.getKey(), stance(e.getValue(), read.get(next++), p.content()));
            }
            out.add(new Statement(p.content(), p.kind(), p.speakerId(), p.mention(), p.cue(), p.confidence(),
                    List.copyOf(stances.keySet()), stances));
        }
        out.sort(Comparator.comparing(Statement::content));
        return withReplies(withEnclosing(out, matches.mentions()), clean.working(), attributed.speakers());
    }

    /**
     * Each statement with the statement that encloses it ({@link Statement#enclosedBy}): the smallest other statement
     * of the same speaker that holds its words and names no followed topic outside them. Its sentence then adds only
     * context to the same words: "Lavrov said Russia is ready to “clean up” the obstacles, which “include …”" reads
     * the quote inside with what it is about. A sentence that also names a topic outside the quote ("called Trump
     * reckless and Clinton “a steady hand”") does not enclose it: the quote is the narrower evidence on its topic.
     * The test is per statement, not per topic: a sentence that names one topic outside the quote and another only
     * inside it encloses the quote for neither. The enclosing statement has every topic of the quote, since a
     * statement's topics are those of its sentence.
     */
    static List<Statement> withEnclosing(List<Statement> statements, List<TopicMention> mentions) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Span enclosing = null;
            for (Statement o : statements) {
                Span e = o.content();
                if (o.speakerId().equals(s.speakerId()) && !e.equals(s.content()) && e.contains(s.content())
                        && (enclosing == null || e.length() < enclosing.length())
                        && mentions.stream().filter(m -> e.contains(m.span())).allMatch(m -> s.content().contains(m.span()))) {
                    enclosing = e;
                }
            }
            out.add(enclosing == null ? s : new Statement(s.content(), s.kind(), s.speakerId(), s.mention(), s.cue(),
                    s.confidence(), s.topics(), s.stances(), enclosing));
        }
        return out;
    }

    /**
     * The statements of one speaker's evidence on a topic that pooling counts: all but those whose enclosing
     * statement ({@link Statement#enclosedBy}) is evidence too, since it reads the same words again.
     */
    static List<Statement> counted(List<Statement> evidence) {
        Set<Span> contents = new java.util.HashSet<>();
        evidence.forEach(s -> contents.add(s.content()));
        return evidence.stream().filter(s -> s.enclosedBy() == null || !contents.contains(s.enclosedBy())).toList();
    }

    /** A statement before classification: its classifier input for each topic it is about, in topic order. */
    private record Pending(Span content, StatementKind kind, String speakerId, org.quotestance.attribution.Mention mention,
                           org.quotestance.attribution.Cue cue, double confidence, Map<String, StanceInput> inputs) {
    }

    /**
     * Statements that reply to another speaker of the document ("refutes Lavrov's relevant remarks", "agreed with
     * Merkel") take, for each of their topics, the opposite of that speaker's stance there (or the same, for
     * agreement), pooled over that speaker's own statements on the topic as read before replies: a reply to a
     * reply reads the other's words, not their reply, so that two speakers replying to each other stay defined.
     * A reply replaces a frame the same statement holds: "rejected Kowal's remarks on the pipeline" rejects the
     * remarks, not the pipeline.
     */
    private static List<Statement> withReplies(List<Statement> statements, String working, List<Speaker> speakers) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Reply reply = s.topics().isEmpty() ? null : reply(s, working, speakers);
            if (reply == null) {
                out.add(s);
                continue;
            }
            Map<String, TopicStance> stances = new LinkedHashMap<>(s.stances());
            for (String topic : s.topics()) {
                List<Statement> theirs = statements.stream()
                        .filter(o -> o.speakerId().equals(reply.otherId()) && o.stances().containsKey(topic)).toList();
                if (theirs.isEmpty()) {
                    continue;
                }
                StanceProbabilities p = pooled(counted(theirs), topic);
                if (!reply.agrees()) {
                    p = p.opposite();
                }
                stances.put(topic, new TopicStance(p, StanceBasis.REPLY, reply.word()));
            }
            out.add(new Statement(s.content(), s.kind(), s.speakerId(), s.mention(), s.cue(), s.confidence(), s.topics(),
                    stances, s.enclosedBy()));
        }
        return out;
    }

    private record Reply(String otherId, boolean agrees, Span word) {
    }

    /**
     * A reply word followed within a few words, in the same clause, by another speaker's name written with a
     * capital: "refutes Lavrov's remarks", not "denied that it may be delayed" (May) or "backed by Kowal".
     */
    private static Reply reply(Statement s, String working, List<Speaker> speakers) {
        String text = s.text(working);
        List<StanceFeatures.Tok> toks = StanceFeatures.tokens(text);
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            boolean disagrees = DISAGREE.contains(w);
            if (!disagrees && !AGREE.contains(w)) {
                continue;
            }
            for (int j = i + 1; j < toks.size() && j <= i + REPLY_REACH; j++) {
                StanceFeatures.Tok u = toks.get(j);
                if (REPLY_STOPS.contains(u.word()) || StanceFrames.CLAUSE_BREAK.matcher(text.substring(toks.get(j - 1).span().end(), u.span().start())).find()) {
                    break;
                }
                if (!Character.isUpperCase(text.charAt(u.span().start()))) {
                    continue;
                }
                String name = u.word().replaceFirst("'s?$", "");
                for (Speaker other : speakers) {
                    if (!other.id().equals(s.speakerId()) && names(other).contains(name)) {
                        Span word = toks.get(i).span();
                        return new Reply(other.id(), !disagrees ^ toks.get(i).negated(),
                                new Span(s.content().start() + word.start(), s.content().start() + word.end()));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The lower-case words of a speaker's name and aliases that can stand for it alone: capitalised, two letters
     * or more ("Xi"), and not a word that starts names of institutions ("White House" gives no "house").
     */
    private static Set<String> names(Speaker speaker) {
        Set<String> out = new java.util.HashSet<>();
        List<String> all = new ArrayList<>(speaker.aliases());
        all.add(speaker.name());
        for (String n : all) {
            for (StanceFeatures.Tok t : StanceFeatures.tokens(n)) {
                if (t.word().length() >= MIN_NAME_LENGTH && Character.isUpperCase(n.charAt(t.span().start()))
                        && !NOT_NAMES.contains(t.word())) {
                    out.add(t.word());
                }
            }
        }
        return out;
    }

    /** Words of organisation names that are no name on their own. */
    private static final Set<String> NOT_NAMES = WordList.load(StatementExtractor.class, "words/not-names.txt");
    /** Words after a reply word that end its reach: a passive agent or a new clause. */
    private static final Set<String> REPLY_STOPS = WordList.load(StatementExtractor.class, "words/reply-stops.txt");

    /** How many words after a reply word the other speaker's name may stand; set by hand; not measured separately. */
    private static final int REPLY_REACH = 4;
    private static final Set<String> DISAGREE = VerbForms.load(StatementExtractor.class, "words/disagree.txt");
    private static final Set<String> AGREE = VerbForms.load(StatementExtractor.class, "words/agree.txt");

    /**
     * Explicit evidence (a frame or a reply) counts this many times a statement read by the model alone; set by
     * hand; not measured separately.
     */
    private static final double EXPLICIT_WEIGHT = 2;
    /**
     * The least weight a statement's attribution confidence gives it in the pooling, so that a statement of an
     * unsure attribution still counts a little; set by hand; not measured separately.
     */
    private static final double MIN_CONFIDENCE_WEIGHT = 0.05;
    /** The fewest letters of a word that may stand for a speaker's name alone ("Xi"); set by hand; not measured separately. */
    private static final int MIN_NAME_LENGTH = 2;

    /**
     * The statements' evidence on {@code topic} pooled log-linearly ({@link StanceProbabilities#pooled}): each
     * statement's probabilities raised to its weight (attribution confidence, times {@value #EXPLICIT_WEIGHT} for
     * a frame or reply) and multiplied. Statements that agree make the stance surer; one of an unsure attribution
     * counts less and flattens. The caller passes the statements {@link #counted}, so that a statement whose
     * enclosing one is evidence too counts once, as that one.
     */
    private static StanceProbabilities pooled(List<Statement> counted, String topic) {
        List<StanceProbabilities> each = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Statement s : counted) {
            TopicStance ts = s.stances().get(topic);
            each.add(ts.probabilities());
            weights.add(Math.max(MIN_CONFIDENCE_WEIGHT, s.confidence()) * (ts.explicit() ? EXPLICIT_WEIGHT : 1));
        }
        return StanceProbabilities.pooled(each, weights);
    }

    private Pending pending(Span content, StatementKind kind, String speakerId, org.quotestance.attribution.Mention mention,
                            org.quotestance.attribution.Cue cue, double confidence, Span sentence, CleanText clean,
                            TopicMatcher.Matches matches) {
        // Its topics: mentioned in it or in its sentence, or set by the heading of its section.
        Set<String> about = new TreeSet<>(matches.topicsIn(content));
        about.addAll(matches.topicsIn(sentence));
        int para = clean.paragraphAt(content.start());
        if (para >= 0) {
            about.addAll(matches.sectionTopics().get(para));
        }
        Map<String, StanceInput> inputs = new LinkedHashMap<>();
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
            inputs.put(t.id(), new StanceInput(text, mentions, t.target(), StanceInput.Domain.NEWS, t.favor(), t.against()));
        }
        return new Pending(content, kind, speakerId, mention, cue, confidence, inputs);
    }

    /** The classifier's reading of one input, moved toward an explicit frame where the statement holds one. */
    private static TopicStance stance(StanceInput input, StanceProbabilities read, Span content) {
        List<StanceFrames.Frame> frames = StanceFrames.find(input);
        java.util.Optional<StanceLabel> framed = StanceFrames.label(frames, input.target());
        if (framed.isPresent()) {
            Span word = frames.get(0).word();
            return new TopicStance(StanceFrames.blend(read, framed.get()), StanceBasis.FRAME,
                    new Span(content.start() + word.start(), content.start() + word.end()));
        }
        return new TopicStance(read, StanceBasis.MODEL, null);
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
     * Each speaker's stance on each topic: the statements' evidence pooled ({@link #pooled}), weighted by attribution
     * confidence, explicit statements (frames and replies) counting {@value #EXPLICIT_WEIGHT} times, a statement
     * within an enclosing one counted once, as that one; the evidence is the statements counted. A speaker who speaks on some topic of the document but not on another gets NONE for that
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
                List<Statement> counted = counted(evidence);
                StanceProbabilities pooledStance = pooled(counted, t.id());
                StanceLabel label = pooledStance.label();
                List<Span> spans = counted.stream()
                        .sorted(Comparator.comparingDouble((Statement s) -> -s.stances().get(t.id()).probabilities().get(label)))
                        .map(Statement::content).toList();
                out.add(new Stance(sp.getKey(), sp.getValue(), t.id(), label, Math.round(pooledStance.get(label) * 1000) / 1000.0,
                        pooledStance, spans));
            }
        }
        return out;
    }
}
