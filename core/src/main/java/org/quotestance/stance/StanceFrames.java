package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.lexicon.VerbForms;
import org.quotestance.lexicon.WordList;
import org.quotestance.text.Span;

/**
 * Explicit stance expressions toward a mentioned target: a stance word whose object is the mention
 * ("opposes the completion of the pipeline", "support for the Arctic Council") and an evaluative predicate of
 * the mention ("actions in the Arctic are legal"). A learned model reads a statement's tone; a frame reads what
 * the statement says about the target itself, so where one is found it is the stronger evidence.
 *
 * <p>Stance words nest: "criticized the opposition to the pipeline" is for the pipeline, so the words between
 * the outermost stance word and the mention compose (against of against is favour). Negation flips a frame
 * ("will never support the project"). Word lists are written for this project and live beside the class, in
 * {@code words/}. Stateless and thread-safe.
 */
public final class StanceFrames {

    /** How many words after a stance word its object may be mentioned; set by hand; not measured separately. */
    private static final int REACH = 8;
    /** How many words after a mention its copula may stand; set by hand; not measured separately. */
    private static final int PREDICATE_REACH = 6;
    /**
     * How many words after the copula its adjective may stand ("is not entirely legal"); set by hand; not measured separately.
     */
    private static final int ADJECTIVE_REACH = 3;
    /**
     * The probability a frame gives its label: a chosen value between the shares of frames whose label matched
     * the gold label on the own examples (83.5%) and on NewsMTSC train (69.6%; README).
     */
    static final double FRAME_PRECISION = 0.8;
    /**
     * How far a frame moves the model's reading: halfway, set by hand; not measured separately (frames as a
     * whole, with this weight, took NewsMTSC dev macro-F1 from 70.3 to 70.7 when they were added).
     */
    static final double WEIGHT = 0.5;
    /** Punctuation that ends a clause for frames and replies. */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:!?]");

    private static final Set<String> FAVOR_WORDS = VerbForms.load(StanceFrames.class, "words/favor-words.txt");
    private static final Set<String> AGAINST_WORDS = VerbForms.load(StanceFrames.class, "words/against-words.txt");
    private static final Set<String> COPULAS = WordList.load(StanceFrames.class, "words/copulas.txt");
    private static final Set<String> GOOD = WordList.load(StanceFrames.class, "words/good.txt");
    private static final Set<String> BAD = WordList.load(StanceFrames.class, "words/bad.txt");
    private static final Set<String> CLAUSE_WORDS = WordList.load(StanceFrames.class, "words/clause-words.txt");

    /** Nouns by which a target calls what it names a problem ("climate change is a serious concern"). */
    private static final Set<String> TROUBLE = WordList.load(StanceFrames.class, "words/trouble.txt");
    private static final Set<String> PREDICATE_START = WordList.load(StanceFrames.class, "words/predicate-start.txt");
    /** Words right before a mention that make it part of a larger phrase: "critics of the pipeline". */
    private static final Set<String> PREPOSITIONS = WordList.load(StanceFrames.class, "words/prepositions.txt");
    private static final Set<String> PARTICLES = WordList.load(StanceFrames.class, "words/particles.txt");
    private static final Set<String> DETERMINERS = WordList.load(StanceFrames.class, "words/determiners.txt");
    private static final Set<String> CONTESTS = WordList.load(StanceFrames.class, "words/contests.txt");
    /** Words before a mention that make it the speaker or agent, not the object: "criticism from X", "endorsed by X". */
    private static final Set<String> AGENT_MARKS = WordList.load(StanceFrames.class, "words/agent-marks.txt");

    /** One explicit stance expression: the label it gives the target, its stance word and the mention. */
    public record Frame(StanceLabel label, Span word, Span mention) {
    }

    private StanceFrames() {
    }

    /** The frames in {@code in} (none when the input has no mentions), in text order. */
    public static List<Frame> find(StanceInput in) {
        List<Frame> out = new ArrayList<>();
        if (in.mentions().isEmpty()) {
            return out;
        }
        List<StanceFeatures.Tok> toks = StanceFeatures.tokens(in.text());
        String text = in.text();
        int coveredUntil = -1; // a stance word inside an earlier frame's reach composes into it, not a frame of its own
        for (int i = 0; i < toks.size(); i++) {
            StanceFeatures.Tok t = toks.get(i);
            StanceLabel own = wordLabel(toks, i);
            if (own == null || i <= coveredUntil || inMention(t.span(), in.mentions())) {
                continue;
            }
            StanceLabel label = own;
            for (int j = i + 1; j < toks.size() && j <= i + REACH; j++) {
                StanceFeatures.Tok u = toks.get(j);
                if (breaks(text, toks.get(j - 1), u)) {
                    break;
                }
                Span mention = mentionOf(u.span(), in.mentions());
                if (AGENT_MARKS.contains(u.word())) {
                    break; // "endorsed by the council": what follows is the agent, not the object
                }
                if (mention != null) {
                    out.add(new Frame(t.negated() ? label.opposite() : label, t.span(), mention));
                    coveredUntil = j;
                    break;
                }
                StanceLabel inner = wordLabel(toks, j);
                if (inner == StanceLabel.AGAINST) {
                    label = label.opposite();
                }
            }
        }
        for (Span m : in.mentions()) {
            predicate(text, toks, m).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(Frame::word));
        return out;
    }

    /**
     * The label all of {@code in}'s frames agree on, if it has frames and they agree.
     */
    public static Optional<StanceLabel> label(StanceInput in) {
        return label(find(in), in.target());
    }

    /** The label {@code frames} (found in a statement toward {@code target}) agree on, if any. */
    public static Optional<StanceLabel> label(List<Frame> frames, String target) {
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        StanceLabel first = frames.get(0).label();
        if (!frames.stream().allMatch(f -> f.label() == first)) {
            return Optional.empty();
        }
        return Optional.of(negativeTarget(target) ? first.opposite() : first);
    }

    /**
     * The model's reading of {@code in} moved toward the label its frames agree on: {@code (1 - WEIGHT) * model +
     * WEIGHT * frame}, where the frame distribution puts {@link #FRAME_PRECISION} on its label. Inputs without
     * frames, or whose frames disagree, keep the model's reading.
     */
    public static StanceProbabilities apply(StanceInput in, StanceProbabilities model) {
        return label(in).map(l -> blend(model, l)).orElse(model);
    }

    /** The model's reading moved toward {@code label} as a frame moves it (see {@link #apply}). */
    public static StanceProbabilities blend(StanceProbabilities model, StanceLabel label) {
        double rest = (1 - FRAME_PRECISION) / 2;
        double f = label == StanceLabel.FAVOR ? FRAME_PRECISION : rest;
        double a = label == StanceLabel.AGAINST ? FRAME_PRECISION : rest;
        double n = label == StanceLabel.NEUTRAL ? FRAME_PRECISION : rest;
        return new StanceProbabilities((1 - WEIGHT) * model.favor() + WEIGHT * f,
                (1 - WEIGHT) * model.against() + WEIGHT * a, (1 - WEIGHT) * model.neutral() + WEIGHT * n);
    }

    /**
     * Whether the target proposition is against the thing it names ("The takeover should be blocked", "The
     * checks are illegal", "Climate change is a serious concern"): frames read stance toward the mention, so they
     * flip for such a target. Only the predicate counts, from the first modal or copula on, so that "Sanctions on
     * Russia should remain in place" is not against anything.
     */
    static boolean negativeTarget(String target) {
        boolean negative = false;
        boolean predicate = false;
        for (StanceFeatures.Tok t : StanceFeatures.tokens(target)) {
            if (!predicate) {
                predicate = PREDICATE_START.contains(t.word());
                continue;
            }
            if (AGAINST_WORDS.contains(t.word()) || BAD.contains(t.word()) || TROUBLE.contains(t.word())
                    || t.word().equals("not") || t.word().equals("never")) {
                negative = !negative;
            }
        }
        return negative;
    }

    /** "{mention} … are (not) legal": the mention's evaluative predicate, within the clause. */
    private static Optional<Frame> predicate(String text, List<StanceFeatures.Tok> toks, Span mention) {
        int after = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().start() >= mention.end()) {
                after = i;
                break;
            }
        }
        if (after < 0) {
            return Optional.empty();
        }
        for (int i = after - 1; i >= 0; i--) {
            if (toks.get(i).span().end() <= mention.start()) {
                if (PREPOSITIONS.contains(toks.get(i).word())) {
                    return Optional.empty(); // "critics of the pipeline are wrong" judges the critics
                }
                break;
            }
        }
        for (int i = after; i < toks.size() && i < after + PREDICATE_REACH; i++) {
            StanceFeatures.Tok t = toks.get(i);
            boolean broken = i > after ? breaks(text, toks.get(i - 1), t)
                    : CLAUSE_BREAK.matcher(text.substring(mention.end(), t.span().start())).find() || CLAUSE_WORDS.contains(t.word());
            if (broken) {
                return Optional.empty();
            }
            if (COPULAS.contains(toks.get(i).word())) {
                for (int j = i + 1; j < toks.size() && j <= i + ADJECTIVE_REACH; j++) {
                    StanceFeatures.Tok adj = toks.get(j);
                    if (breaks(text, toks.get(j - 1), adj)) {
                        return Optional.empty();
                    }
                    StanceLabel label = GOOD.contains(adj.word()) ? StanceLabel.FAVOR
                            : BAD.contains(adj.word()) ? StanceLabel.AGAINST : null;
                    if (label != null) {
                        return Optional.of(new Frame(adj.negated() ? label.opposite() : label, adj.span(), mention));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean breaks(String text, StanceFeatures.Tok before, StanceFeatures.Tok next) {
        return CLAUSE_BREAK.matcher(text.substring(before.span().end(), next.span().start())).find()
                || CLAUSE_WORDS.contains(next.word());
    }

    /** The label of a stance word at {@code i}; "opposition" only as "opposition to" (not the parliamentary opposition). */
    private static StanceLabel wordLabel(List<StanceFeatures.Tok> toks, int i) {
        String word = toks.get(i).word();
        String next = i + 1 < toks.size() ? toks.get(i + 1).word() : "";
        String before = i > 0 ? toks.get(i - 1).word() : "";
        if (word.equals("opposition") && !next.equals("to")) {
            return null;
        }
        if (PARTICLES.contains(next)) { // "backed away from", "backs off", "ended up"
            return null;
        }
        if ((word.startsWith("end") || word.startsWith("stop") || word.startsWith("block") || word.equals("delay"))
                && DETERMINERS.contains(before)) { // nouns: "the end of", "an unannounced stop"
            return null;
        }
        if (word.equals("against") && CONTESTS.contains(before)) { // "ran against", "is up against"
            return null;
        }
        return wordLabel(word);
    }

    private static StanceLabel wordLabel(String word) {
        return FAVOR_WORDS.contains(word) ? StanceLabel.FAVOR : AGAINST_WORDS.contains(word) ? StanceLabel.AGAINST : null;
    }

    private static boolean inMention(Span word, List<Span> mentions) {
        return mentionOf(word, mentions) != null;
    }

    private static Span mentionOf(Span word, List<Span> mentions) {
        for (Span m : mentions) {
            if (m.start() < word.end() && word.start() < m.end()) {
                return m;
            }
        }
        return null;
    }
}
