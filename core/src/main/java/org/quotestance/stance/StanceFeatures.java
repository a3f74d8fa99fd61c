package org.quotestance.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.text.Span;

/**
 * Turns a {@link StanceInput} into named features: word unigrams with negation scope marked, bigrams,
 * character 4-grams, words just before and after the target mention, stance cue words (own lists, negation flips them), overlap with the
 * target proposition's words, each also conjoined with the input's domain. Thread-safe.
 */
public final class StanceFeatures {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\p{N}+|[!?]");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?]");
    /*
     * The word lists below stay here, spelled out, on purpose: they are frozen into the shipped stance model.
     * Its weights (stance-model.bin.gz) were trained on the hashed features these words make (the "cue:favor"
     * and "cue:against" counts, the "NOT_" prefix of negated words, the stop words left out of
     * "target:overlap"), so adding, removing or re-inflecting a word here changes the features the weights are
     * read against, and with them every stance the model gives. They change only together with a retrained
     * model, and stay apart from the rules' lists in words/ (StanceFrames, StatementExtractor), which may change.
     */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "without", "nor", "cannot",
            "neither", "none", "nobody", "nothing", "hardly");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "is",
            "are", "be", "that", "this", "it", "its", "with", "as", "at", "by", "from", "should", "will", "would");
    /** Words that lean toward the target being supported or done. Written for this project. */
    private static final Set<String> FAVOR_CUES = Set.of("support", "supports", "supported", "supporting", "welcome",
            "welcomed", "welcomes", "back", "backs", "backed", "endorse", "endorsed", "praise", "praised", "ready",
            "willing", "restore", "restored", "legal", "lawful", "legitimate", "right", "rights", "agree", "agreed",
            "benefit", "benefits", "need", "needs", "must", "committed", "commitment", "cooperate", "cooperation",
            "complete", "completed", "finish", "continue", "proceed", "approve", "approved", "safe", "important",
            "protect", "ours",
            "sovereignty", "territory", "yes", "good", "great", "success", "successful", "strong", "progress");
    /** Words that lean against it. Written for this project. */
    private static final Set<String> AGAINST_CUES = Set.of("oppose", "opposes", "opposed", "opposition", "opposing",
            "refute", "refutes", "refuted", "reject", "rejects", "rejected", "condemn", "condemned", "criticize",
            "criticized", "criticise", "criticised", "warn", "warned", "concern", "concerns", "concerned", "illegal",
            "unlawful", "against", "sanction", "sanctions", "stop", "halt", "block", "blocked", "deny", "denied",
            "aggressive", "aggression", "hoax", "exaggerated", "doubt", "doubts", "skeptical", "sceptical", "myth",
            "abandon", "abandoned", "cancel", "cancelled", "suspend", "suspended", "expel", "expelled", "retaliate",
            "bad", "wrong", "fail", "failed", "failure", "harm", "harmful", "risk", "militarization",
            "militarisation", "provocation", "unacceptable", "mistake", "scam", "alarmist", "overblown");
    private static final int WINDOW = 5;

    private StanceFeatures() {
    }

    /**
     * A lower-case token and its span in the text it was read from.
     *
     * @param word    the token, lower case, curly apostrophes straightened
     * @param span    where it stands in the text
     * @param negated whether it lies in a negation's scope (the features prefix such words with "NOT_")
     */
    public record Tok(String word, Span span, boolean negated) {
    }

    /** Lower-case tokens of {@code text} with their spans, negation scope marked up to the clause's end. */
    public static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        boolean negated = false;
        int last = 0;
        while (m.find()) {
            if (CLAUSE_END.matcher(text.substring(last, m.start())).find()) {
                negated = false;
            }
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean neg = NEGATIONS.contains(w) || w.endsWith("n't");
            out.add(new Tok(w, new Span(m.start(), m.end()), negated));
            if (neg) {
                negated = true;
            } else if (w.equals("!") || w.equals("?")) {
                negated = false;
            }
            last = m.end();
        }
        return out;
    }

    /** The features of {@code in}, with their values. */
    public static Map<String, Double> extract(StanceInput in) {
        Map<String, Double> f = new LinkedHashMap<>();
        List<Tok> toks = tokens(in.text());
        String prev = "<s>";
        double favorCues = 0;
        double againstCues = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String w = (t.negated() ? "NOT_" : "") + t.word();
            add(f, "w:" + w, 1);
            add(f, "b:" + prev + "_" + t.word(), 1);
            prev = t.word();
            boolean favor = FAVOR_CUES.contains(t.word());
            boolean against = AGAINST_CUES.contains(t.word());
            if (favor || against) {
                boolean flip = t.negated();
                if (favor ^ flip) {
                    favorCues++;
                } else {
                    againstCues++;
                }
            }
            int side = side(t.span(), in.mentions());
            if (side != 0) {
                add(f, "tw:" + w, 1);
                add(f, (side < 0 ? "tb:" : "ta:") + w, 1);
            }
            if (t.word().length() > 3) { // character 4-grams: "oppos" in opposes, opposition, opposing
                String padded = "<" + t.word() + ">";
                for (int k = 0; k + 4 <= padded.length(); k++) {
                    add(f, "c:" + padded.substring(k, k + 4), 0.3);
                }
            }
        }
        add(f, "b:" + prev + "_</s>", 1);
        if (favorCues > 0) {
            add(f, "cue:favor", Math.min(3, favorCues));
        }
        if (againstCues > 0) {
            add(f, "cue:against", Math.min(3, againstCues));
        }
        if (favorCues > 0 && againstCues > 0) {
            add(f, "cue:both", 1);
        }
        double overlap = targetOverlap(toks, in.target());
        if (overlap > 0) {
            add(f, "target:overlap", overlap);
        }
        if (in.mentions().isEmpty()) {
            add(f, "target:unmentioned", 1);
        }
        if (!in.favor().isEmpty() && !in.against().isEmpty()) {
            // How much closer the statement's words are to the topic's favour examples than to its against ones.
            Map<String, Double> bag = bag(toks);
            double sf = in.favor().stream().mapToDouble(e -> cosine(bag, bag(tokens(e)))).max().orElse(0);
            double sa = in.against().stream().mapToDouble(e -> cosine(bag, bag(tokens(e)))).max().orElse(0);
            add(f, "ex:favor", sf);
            add(f, "ex:against", sa);
            add(f, "ex:diff", sf - sa);
        }
        add(f, "bias", 1);
        Map<String, Double> out = new LinkedHashMap<>(f);
        String d = in.domain().name() + "|";
        f.forEach((k, v) -> out.put(d + k, v));
        return out;
    }

    /** -1 when the word stands shortly before a target mention, 1 shortly after, 0 otherwise. */
    private static int side(Span word, List<Span> mentions) {
        for (Span m : mentions) {
            // Character distance standing in for a few words either side.
            if (m.contains(word)) {
                continue;
            }
            if (word.end() <= m.start() && word.end() >= m.start() - WINDOW * 8) {
                return -1;
            }
            if (word.start() >= m.end() && word.start() <= m.end() + WINDOW * 8) {
                return 1;
            }
        }
        return 0;
    }

    /** Content words (negation-marked) and their counts. */
    private static Map<String, Double> bag(List<Tok> toks) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (Tok t : toks) {
            if (!STOP.contains(t.word()) && t.word().length() > 2) {
                out.merge((t.negated() ? "NOT_" : "") + t.word(), 1.0, Double::sum);
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double targetOverlap(List<Tok> toks, String target) {
        Set<String> targetWords = new HashSet<>();
        for (Tok t : tokens(target)) {
            if (!STOP.contains(t.word()) && t.word().length() > 2) {
                targetWords.add(t.word());
            }
        }
        if (targetWords.isEmpty()) {
            return 0;
        }
        Set<String> hit = new HashSet<>();
        for (Tok t : toks) {
            if (targetWords.contains(t.word())) {
                hit.add(t.word());
            }
        }
        return (double) hit.size() / targetWords.size();
    }

    private static void add(Map<String, Double> f, String name, double v) {
        f.merge(name, v, Double::sum);
    }
}
