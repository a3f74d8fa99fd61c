package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.DocumentAnalysis;
import org.quotestance.entity.NameSimilarity;
import org.quotestance.entity.Speaker;

/** Finds the speakers of a result whose names differ in spelling, not only in form: "Brinken" merged into "Blinken". */
public final class NameVariants {

    private NameVariants() {
    }

    /** One line per pair of differently spelt surnames merged into one speaker: "doc: Antony Blinken: Blinken ~ Brinken". */
    public static List<String> merges(DocumentAnalysis result) {
        List<String> out = new ArrayList<>();
        for (Speaker s : result.speakers()) {
            Map<String, String> byFold = new LinkedHashMap<>();
            byFold.putIfAbsent(NameSimilarity.fold(lastWord(s.name())), lastWord(s.name()));
            s.aliases().forEach(a -> byFold.putIfAbsent(NameSimilarity.fold(lastWord(a)), lastWord(a)));
            List<String> lasts = new ArrayList<>(byFold.values());
            for (int i = 0; i < lasts.size(); i++) {
                for (int j = i + 1; j < lasts.size(); j++) {
                    String a = lasts.get(i);
                    String b = lasts.get(j);
                    if (!NameSimilarity.sameToken(a, b) && NameSimilarity.variants(a, b)) {
                        out.add(result.document() + ": " + s.name() + ": " + a + " ~ " + b);
                    }
                }
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        String[] w = s.strip().replaceAll("['’]s$", "").split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }
}
