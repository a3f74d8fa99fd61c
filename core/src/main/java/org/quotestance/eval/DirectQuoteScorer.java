package org.quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotestance.DocumentAnalysis;
import org.quotestance.attribution.Attribution;
import org.quotestance.attribution.Mention;
import org.quotestance.entity.NameSimilarity;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.text.Span;

/**
 * Scores found quotes against gold direct quotes. A gold quote is found when a found top-level quote
 * overlaps its content; its source is right when such a quote's attribution rests on a mention that
 * overlaps the gold source mention, or names a speaker one of whose names shares its last word with the
 * gold source ("Clinton" for "Hillary Clinton"). A pronoun resolved through another mention than the
 * annotated one counts as wrong: the score is a lower bound.
 */
public final class DirectQuoteScorer {

    private int documents;
    private int gold;
    private int found;
    private int right;
    private int predicted;
    private final List<String> errors = new ArrayList<>();
    private final java.util.Map<String, int[]> byRule = new java.util.TreeMap<>();
    private final List<String> variantMerges = new ArrayList<>();

    /** Adds one document's result. Not thread-safe. */
    public void add(GoldDocument doc, DocumentAnalysis result) {
        documents++;
        String text = doc.text();
        for (GoldAttribution g : doc.attributions()) {
            if (!g.direct()) {
                continue;
            }
            gold++;
            boolean anyFound = false;
            boolean anyRight = false;
            String ours = "no quote found";
            String firstRule = null;
            for (Quote q : result.quotes()) {
                if (q.kind() == QuoteKind.NESTED || !overlapsAny(q.span(), g.contentParts())) {
                    continue;
                }
                anyFound = true;
                Optional<Attribution> a = result.attributionOf(q);
                Optional<Speaker> s = result.speakerOf(q);
                if (firstRule == null && a.isPresent()) {
                    firstRule = a.get().rule() + (a.get().mention().type() == Mention.MentionType.PRONOUN ? "/pronoun" : "");
                }
                ours = q.kind() + " " + a.map(x -> "\"" + x.mention().text() + "\" (" + x.rule() + ")").orElse("no speaker")
                        + s.map(x -> " = " + x.name()).orElse("");
                if (a.isPresent() && rightSource(g, a.get(), s.orElse(null))) {
                    anyRight = true;
                    break;
                }
            }
            if (anyFound) {
                found++;
            }
            if (firstRule != null) {
                int[] counts = byRule.computeIfAbsent(firstRule, k -> new int[2]);
                counts[0]++;
                counts[1] += anyRight ? 1 : 0;
            }
            if (anyRight) {
                right++;
            } else {
                errors.add(doc.name() + " @" + g.content().start() + " gold source \"" + g.sourceText() + "\"; ours: "
                        + ours + " | " + clip(g.content().textOf(text)));
            }
        }
        recordVariantMerges(doc.name(), result);
        for (Attribution a : result.attributions()) {
            for (GoldAttribution g : doc.attributions()) {
                if (g.direct() && overlapsAny(a.quote(), g.contentParts())) {
                    predicted++;
                    break;
                }
            }
        }
    }

    /** Speakers whose names differ in spelling, not only in form: "Brinken" merged into "Blinken". */
    private void recordVariantMerges(String document, DocumentAnalysis result) {
        for (Speaker s : result.speakers()) {
            java.util.Map<String, String> byFold = new java.util.LinkedHashMap<>();
            byFold.putIfAbsent(NameSimilarity.fold(lastWord(s.name())), lastWord(s.name()));
            s.aliases().forEach(a -> byFold.putIfAbsent(NameSimilarity.fold(lastWord(a)), lastWord(a)));
            List<String> lasts = new ArrayList<>(byFold.values());
            for (int i = 0; i < lasts.size(); i++) {
                for (int j = i + 1; j < lasts.size(); j++) {
                    String a = lasts.get(i);
                    String b = lasts.get(j);
                    if (!NameSimilarity.sameToken(a, b) && NameSimilarity.variants(a, b)) {
                        variantMerges.add(document + ": " + s.name() + ": " + a + " ~ " + b);
                    }
                }
            }
        }
    }

    public DirectQuoteScore score() {
        java.util.Map<String, DirectQuoteScore.RuleScore> rules = new java.util.LinkedHashMap<>();
        byRule.forEach((k, v) -> rules.put(k, new DirectQuoteScore.RuleScore(v[0], v[1])));
        return new DirectQuoteScore(documents, gold, found, right, predicted, rules, variantMerges, errors);
    }

    private static boolean rightSource(GoldAttribution g, Attribution a, Speaker s) {
        if (g.source() == null) {
            return false;
        }
        if (a.mention().span().overlaps(g.source())) {
            return true;
        }
        if (s == null) {
            return false;
        }
        // The gold source names our speaker: one of its capitalised words is our speaker's surname.
        for (String word : g.sourceText().split("\\s+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (NameSimilarity.sameToken(lastWord(s.name()), word)) {
                return true;
            }
            for (String alias : s.aliases()) {
                if (NameSimilarity.sameToken(lastWord(alias), word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastWord(String s) {
        String[] w = s.strip().replaceAll("['’]s$", "").split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    private static boolean overlapsAny(Span span, List<Span> parts) {
        for (Span p : parts) {
            if (span.overlaps(p)) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }
}
