package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quotestance.entity.NameSimilarity;
import org.quotestance.text.Span;

/**
 * Scores one system's quotes against a gold corpus, document by document.
 *
 * <p>A predicted quote is attributed to the right speaker when its mention overlaps the annotated source
 * mention, or when one of the speaker's names matches one of the gold speaker's names (surname against the
 * last capitalised word of a name; for a description, "spokeswoman" against "a spokeswoman for the
 * ministry"). A gold quote with no speaker is right when the system names nobody. A pronoun that the system
 * resolves through a mention other than the annotated one, to a speaker whose name the gold does not give
 * (PolNeAR gives "he"), counts as wrong, so PolNeAR numbers are lower bounds.
 *
 * <p>With {@link SpeakerMatch#NAME} only the speaker's name counts: the right words ("she", "the
 * 31-year-old midfielder") resolved to the wrong person are wrong. That is how a gold with speaker names
 * (eval/styles) measures pronoun and description resolution; PolNeAR's gold names only the mention.
 *
 * <p>Not thread-safe: one scorer per system and run.
 */
public final class QuoteScorer {

    /** What makes a predicted speaker right. */
    public enum SpeakerMatch {
        /** The mention overlaps the annotated source mention, or a name matches. */
        MENTION_OR_NAME,
        /** One of the speaker's names matches one of the gold speaker's names; the mention's words do not count. */
        NAME
    }

    /** Words that end the head of a gold speaker name: "a spokeswoman for the Ministry". */
    private static final java.util.Set<String> HEAD_STOPS = java.util.Set.of("of", "for", "at", "from", "in", "with",
            "who", "which", "on", "to");
    private static final String EDGE = "\"“”‘’'«»„ \t\r\n\u00A0,.;:!?";

    private int documents;
    private int exactPredicted;
    private int exactGold;
    private int overlapPredicted;
    private int overlapGold;
    private int predicted;
    private int gold;
    private int e2ePredicted;
    private int e2eGold;
    private Breakdown speakers = new Breakdown(0, 0, 0);
    private Breakdown sources = new Breakdown(0, 0, 0);
    private final Map<String, Breakdown> byKind = new TreeMap<>();
    private final Map<String, Breakdown> byNaming = new TreeMap<>();
    private final Map<String, Breakdown> byRule = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private final SpeakerMatch match;

    /** A scorer that credits the annotated mention or a matching name ({@link SpeakerMatch#MENTION_OR_NAME}). */
    public QuoteScorer() {
        this(SpeakerMatch.MENTION_OR_NAME);
    }

    /** A scorer that credits a speaker as {@code match} says. */
    public QuoteScorer(SpeakerMatch match) {
        this.match = java.util.Objects.requireNonNull(match, "match");
    }

    /** Adds one document: its gold annotations and the system's quotes on its text. */
    public void add(GoldDocument doc, List<SystemQuote> system) {
        documents++;
        String text = doc.text();
        List<Map.Entry<Integer, String>> misses = new ArrayList<>();
        List<GoldQuote> golds = doc.quotes().stream().filter(GoldQuote::isStatement).toList();
        gold += golds.size();
        predicted += system.size();
        // A predicted quote that lies mostly on a scare or nested gold quote is that quote, called a statement:
        // it finds no statement, even where it also touches the statement around it.
        List<SystemQuote> onStatements = system.stream().filter(p -> bestGold(doc.quotes(), p).map(GoldQuote::isStatement).orElse(true)).toList();
        for (GoldQuote g : golds) {
            SystemQuote best = null;
            int bestOverlap = 0;
            boolean exact = false;
            for (SystemQuote p : onStatements) {
                int o = overlap(p.span(), g.span());
                if (o > bestOverlap) {
                    best = p;
                    bestOverlap = o;
                }
                exact |= sameWords(text, p.span(), g.span());
            }
            boolean found = best != null;
            boolean right = found && rightSpeaker(text, g, best, match);
            exactGold += exact ? 1 : 0;
            overlapGold += found ? 1 : 0;
            e2eGold += right ? 1 : 0;
            speakers = found ? speakers.plus(true, right) : speakers;
            if (found && g.mention() != null && best.mention() != null) {
                sources = sources.plus(true, best.mention().overlaps(g.mention()));
            }
            byKind.merge(g.kind().name(), new Breakdown(0, 0, 0).plus(found, right), QuoteScorer::sum);
            byNaming.merge(g.naming().name(), new Breakdown(0, 0, 0).plus(found, right), QuoteScorer::sum);
            if (found && best.rule() != null) {
                byRule.merge(best.rule(), new Breakdown(0, 0, 0).plus(true, right), QuoteScorer::sum);
            }
            if (!found) {
                misses.add(error("MISSED QUOTE", doc, g.span(), "gold " + describe(text, g) + "; ours: no quote here"));
            } else if (!right) {
                misses.add(error("WRONG SPEAKER", doc, g.span(), "gold " + describe(text, g) + "; ours: " + describe(text, best)));
            }
        }
        for (SystemQuote p : system) {
            boolean anyOverlap = false;
            boolean anyExact = false;
            boolean anyRight = false;
            for (GoldQuote g : onStatements.contains(p) ? golds : List.<GoldQuote>of()) {
                if (p.span().overlaps(g.span())) {
                    anyOverlap = true;
                    anyRight |= rightSpeaker(text, g, p, match);
                }
                anyExact |= sameWords(text, p.span(), g.span());
            }
            exactPredicted += anyExact ? 1 : 0;
            overlapPredicted += anyOverlap ? 1 : 0;
            e2ePredicted += anyRight ? 1 : 0;
            if (!anyOverlap) {
                misses.add(error("SPURIOUS QUOTE", doc, p.span(), "ours: " + describe(text, p) + "; gold: no statement here"));
            }
        }
        misses.sort(Map.Entry.comparingByKey());
        misses.forEach(m -> errors.add(m.getValue()));
    }

    /** The scores of everything added so far. */
    public QuoteScores score() {
        return new QuoteScores(documents, new Prf(exactPredicted, predicted, exactGold, gold),
                new Prf(overlapPredicted, predicted, overlapGold, gold), speakers, sources,
                new Prf(e2ePredicted, predicted, e2eGold, gold), byKind, byNaming, byRule, errors);
    }

    /** The gold quote (of any kind) that {@code p} overlaps most, if any. */
    private static java.util.Optional<GoldQuote> bestGold(List<GoldQuote> all, SystemQuote p) {
        GoldQuote best = null;
        int bestOverlap = 0;
        for (GoldQuote g : all) {
            int o = overlap(p.span(), g.span());
            if (o > bestOverlap || o > 0 && o == bestOverlap && g.span().length() < best.span().length()) {
                best = g; // on a tie the tighter gold quote: the nested one, not the one around it
                bestOverlap = o;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Whether {@code p} names {@code g}'s speaker (or, for a gold quote nobody speaks, names nobody). */
    static boolean rightSpeaker(String text, GoldQuote g, SystemQuote p, SpeakerMatch match) {
        if (g.speaker() == null) {
            return !p.attributed();
        }
        boolean mentions = match == SpeakerMatch.MENTION_OR_NAME;
        if (mentions && p.mention() != null && g.mention() != null && p.mention().overlaps(g.mention())) {
            return true;
        }
        List<String> systemNames = new ArrayList<>(p.speakers());
        if (mentions && p.mention() != null) {
            systemNames.add(p.mention().textOf(text));
        }
        for (String goldName : g.names()) {
            for (String name : systemNames) {
                if (sameName(goldName, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a system's speaker name matches a gold name. The gold name's head is read up to a comma,
     * bracket or preposition ("Kellyanne Conway, Trump's campaign manager", "a spokeswoman for the
     * Ministry"), after any possessive ("Trump's campaign manager"). A head ending in a capitalised word is a
     * name, matched by its last word against the system name's last word ("Clinton" for "Hillary Clinton");
     * otherwise it is a description, matched when it holds the system name's last word ("spokeswoman").
     * Pronouns match nothing.
     */
    static boolean sameName(String goldName, String systemName) {
        if (MentionCategory.isPronoun(goldName) || MentionCategory.isPronoun(systemName)) {
            return false;
        }
        String last = lastWord(systemName);
        if (last.isEmpty()) {
            return false;
        }
        List<String> head = new ArrayList<>();
        for (String w : goldName.split("[,(\\[]")[0].strip().split("\\s+")) {
            if (HEAD_STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (w.matches(".*['’]s") ) {
                head.clear(); // "Trump's campaign manager": the possessor is not the speaker
                head.add(w);
                continue;
            }
            head.add(w);
        }
        if (head.size() > 1 && head.get(0).matches(".*['’]s")) {
            head.remove(0);
        }
        List<String> words = words(String.join(" ", head));
        if (words.isEmpty()) {
            return false;
        }
        String goldLast = words.get(words.size() - 1);
        if (Character.isUpperCase(goldLast.charAt(0))) {
            return NameSimilarity.sameToken(goldLast, last);
        }
        if (last.length() < 4) {
            return false;
        }
        return words.stream().anyMatch(w -> Character.isLowerCase(w.charAt(0)) && w.equalsIgnoreCase(last));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            String t = w.replaceAll("['’]s$", "").replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        List<String> w = words(s.split("[,(\\[]")[0]);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** Whether two spans cover the same words once quote marks, spaces and edge punctuation are trimmed. */
    static boolean sameWords(String text, Span a, Span b) {
        return trim(text, a).equals(trim(text, b));
    }

    private static Span trim(String text, Span s) {
        int start = s.start();
        int end = s.end();
        while (start < end && EDGE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(start, end);
    }

    private static Breakdown sum(Breakdown a, Breakdown b) {
        return new Breakdown(a.gold() + b.gold(), a.found() + b.found(), a.right() + b.right());
    }

    private static String describe(String text, GoldQuote g) {
        String who = g.speaker() == null ? "nobody" : "\"" + g.speaker() + "\"";
        String via = g.mention() == null ? "" : " via \"" + oneLine(g.mention().textOf(text)) + "\"";
        return g.kind() + " " + who + via + " (" + g.naming().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String describe(String text, SystemQuote p) {
        String kind = p.kind() == null ? "" : p.kind() + " ";
        if (!p.attributed()) {
            return kind + "no speaker";
        }
        String who = p.speakers().isEmpty() ? "unresolved" : "\"" + p.speakers().get(0) + "\"";
        String via = p.mention() == null ? "" : " via \"" + oneLine(p.mention().textOf(text)) + "\"";
        return kind + who + via + (p.rule() == null ? "" : " (" + p.rule() + ")");
    }

    private static Map.Entry<Integer, String> error(String what, GoldDocument doc, Span at, String detail) {
        String text = doc.text();
        int from = Math.max(0, at.start() - 160);
        int to = Math.min(text.length(), at.end() + 160);
        String context = oneLine(text.substring(from, at.start())) + " [[" + oneLine(at.textOf(text)) + "]] "
                + oneLine(text.substring(at.end(), to));
        return Map.entry(at.start(), what + "  " + doc.name() + " @" + at.start() + "-" + at.end() + "  " + detail
                + "\n    " + context.strip());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
