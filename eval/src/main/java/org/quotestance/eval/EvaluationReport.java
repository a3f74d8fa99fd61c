package org.quotestance.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.quotestance.quote.QuoteKind;

/**
 * Renders the scores of one or more systems on one gold corpus, side by side: as a table for people and as
 * JSON for programs.
 */
public final class EvaluationReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LABEL = 36;
    private static final int COLUMN = 24;

    private final GoldCorpus corpus;
    private final List<SystemEvaluation> systems;

    public EvaluationReport(GoldCorpus corpus, List<SystemEvaluation> systems) {
        this.corpus = corpus;
        this.systems = List.copyOf(systems);
    }

    /** Gold quotes per kind, statements first ("DIRECT 360, PARTIAL 52"). */
    public Map<QuoteKind, Integer> goldByKind() {
        Map<QuoteKind, Integer> out = new EnumMap<>(QuoteKind.class);
        corpus.documents().forEach(d -> d.quotes().forEach(q -> out.merge(q.kind(), 1, Integer::sum)));
        return out;
    }

    /** The readable side-by-side table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(corpus.description()).append('\n');
        sb.append("gold quotes: ").append(goldByKind().toString().replaceAll("[{}]", "").replace("=", " "))
                .append(" (statements are DIRECT, PARTIAL and HEADLINE; SCARE and NESTED are scored only as spurious"
                        + " when a system calls them statements)\n\n");
        row(sb, "", s -> s.system());
        row(sb, "quotes, exact match       P / R / F1", s -> prf(s.scores().quotesExact()));
        row(sb, "quotes, overlap match     P / R / F1", s -> prf(s.scores().quotesOverlap()));
        row(sb, "speaker right, of quotes found", s -> share(s.scores().speakers().right(), s.scores().speakers().found()));
        row(sb, "source mention right, of found", s -> share(s.scores().sources().right(), s.scores().sources().found()));
        row(sb, "end to end                P / R / F1", s -> prf(s.scores().endToEnd()));
        sb.append("end-to-end recall by kind\n");
        for (String k : keys(QuoteScores::byKind)) {
            row(sb, "  " + k + count(QuoteScores::byKind, k), s -> recall(s.scores().byKind().get(k)));
        }
        sb.append("end-to-end recall by how the speaker is named\n");
        for (String k : keys(QuoteScores::byNaming)) {
            row(sb, "  " + k.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + count(QuoteScores::byNaming, k),
                    s -> recall(s.scores().byNaming().get(k)));
        }
        if (systems.stream().anyMatch(s -> s.cost() != null)) {
            row(sb, "wall time (loading + analysis), s", s -> s.cost() == null ? ""
                    : String.format("%.1f", s.cost().loadSeconds() + s.cost().analysisSeconds()));
            row(sb, "model loading, s", s -> s.cost() == null ? "" : String.format("%.1f", s.cost().loadSeconds()));
            row(sb, "analysis, s", s -> s.cost() == null ? "" : String.format("%.1f", s.cost().analysisSeconds()));
            row(sb, "tokens per second", s -> s.cost() == null ? "" : String.format("%,.0f", s.cost().tokensPerSecond()));
            row(sb, "peak heap, MB", s -> s.cost() == null || s.cost().peakHeapBytes() < 0 ? ""
                    : String.format("%,d", s.cost().peakHeapBytes() >> 20));
        }
        for (SystemEvaluation s : systems) {
            if (!s.scores().byRule().isEmpty()) {
                sb.append("\n").append(s.system()).append(": found gold quotes by the rule that attributed them"
                        + " (quotes, speaker right)\n");
                s.scores().byRule().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                        sb.append(String.format("  %-28s %5d  %5.1f%%%n", e.getKey(), e.getValue().found(),
                                100 * e.getValue().speakerShare())));
            }
        }
        return sb.toString();
    }

    /** The same numbers as JSON: {"corpus": …, "systems": [{"system": …, "quotesExact": {…}, …}]}. */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("corpus", corpus.description());
        root.put("documents", corpus.documents().size());
        ObjectNode kinds = root.putObject("goldByKind");
        goldByKind().forEach((k, v) -> kinds.put(k.name(), v));
        root.putPOJO("problems", corpus.problems());
        var array = root.putArray("systems");
        for (SystemEvaluation s : systems) {
            ObjectNode n = array.addObject();
            QuoteScores q = s.scores();
            n.put("system", s.system());
            n.put("documents", q.documents());
            prf(n.putObject("quotesExact"), q.quotesExact());
            prf(n.putObject("quotesOverlap"), q.quotesOverlap());
            foundRight(n.putObject("speakers"), q.speakers());
            foundRight(n.putObject("sources"), q.sources());
            prf(n.putObject("endToEnd"), q.endToEnd());
            breakdowns(n.putObject("byKind"), q.byKind());
            breakdowns(n.putObject("byNaming"), q.byNaming());
            breakdowns(n.putObject("byRule"), q.byRule());
            if (s.cost() != null) {
                ObjectNode c = n.putObject("cost");
                c.put("loadSeconds", round(s.cost().loadSeconds()));
                c.put("analysisSeconds", round(s.cost().analysisSeconds()));
                c.put("tokens", s.cost().tokens());
                c.put("tokensPerSecond", Math.round(s.cost().tokensPerSecond()));
                c.put("peakHeapBytes", s.cost().peakHeapBytes());
            }
        }
        return root.toPrettyString();
    }

    private List<String> keys(Function<QuoteScores, Map<String, Breakdown>> of) {
        TreeMap<String, Boolean> keys = new TreeMap<>();
        systems.forEach(s -> of.apply(s.scores()).keySet().forEach(k -> keys.put(k, true)));
        List<String> out = new ArrayList<>(keys.keySet());
        out.sort((a, b) -> order(a) - order(b));
        return out;
    }

    /** Enum order for kinds and namings, so tables read DIRECT, PARTIAL, HEADLINE and NAME, PRONOUN, … */
    private static int order(String key) {
        for (QuoteKind k : QuoteKind.values()) {
            if (k.name().equals(key)) {
                return k.ordinal();
            }
        }
        for (MentionCategory m : MentionCategory.values()) {
            if (m.name().equals(key)) {
                return m.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private String count(Function<QuoteScores, Map<String, Breakdown>> of, String key) {
        Breakdown b = systems.isEmpty() ? null : of.apply(systems.get(0).scores()).get(key);
        return b == null ? "" : " (" + b.gold() + ")";
    }

    private void row(StringBuilder sb, String label, Function<SystemEvaluation, String> cell) {
        sb.append(String.format("%-" + LABEL + "s", label));
        for (SystemEvaluation s : systems) {
            sb.append(String.format("%" + COLUMN + "s", cell.apply(s)));
        }
        sb.append('\n');
    }

    private static String prf(Prf p) {
        return String.format("%.1f / %.1f / %.1f", 100 * p.precision(), 100 * p.recall(), 100 * p.f1());
    }

    private static String share(int right, int of) {
        return of == 0 ? "-" : String.format("%.1f%% (%d/%d)", 100.0 * right / of, right, of);
    }

    private static String recall(Breakdown b) {
        return b == null ? "-" : String.format("%.1f%%", 100 * b.rightShare());
    }

    private static void prf(ObjectNode n, Prf p) {
        n.put("truePredicted", p.truePredicted());
        n.put("predicted", p.predicted());
        n.put("trueGold", p.trueGold());
        n.put("gold", p.gold());
        n.put("precision", round(p.precision()));
        n.put("recall", round(p.recall()));
        n.put("f1", round(p.f1()));
    }

    private static void breakdown(ObjectNode n, Breakdown b) {
        n.put("gold", b.gold());
        n.put("found", b.found());
        n.put("right", b.right());
    }

    /** Speakers and sources count found quotes only: {"found": quotes judged, "right": judged right}. */
    private static void foundRight(ObjectNode n, Breakdown b) {
        n.put("found", b.found());
        n.put("right", b.right());
    }

    private static void breakdowns(ObjectNode n, Map<String, Breakdown> m) {
        new TreeMap<>(m).forEach((k, v) -> breakdown(n.putObject(k), v));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
