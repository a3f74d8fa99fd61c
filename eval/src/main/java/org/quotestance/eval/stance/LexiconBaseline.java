package org.quotestance.eval.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.io.InvalidInputException;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.StanceFeatures;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceProbabilities;
import org.quotestance.text.Span;

/**
 * The lexicon-only baseline: the summed prior polarity of the statement's words (VADER valence / 4, Hu &amp;
 * Liu ±1, MPQA ±1 strong or ±0.5 weak, flipped inside a negation's scope; near the target mention when
 * there is one), FAVOR above {@value #THRESHOLD}, AGAINST below its negative, NEUTRAL between. It reads the
 * lexicons from a folder at run time ({@code vader/vader_lexicon.txt}, {@code hu-liu/positive-words.txt},
 * {@code hu-liu/negative-words.txt}, {@code mpqa/subjclueslen1-HLTEMNLP05.tff}); nothing of them ships.
 */
public final class LexiconBaseline implements StanceClassifier {

    static final double THRESHOLD = 0.5;
    private final Map<String, Double> polarity;

    private LexiconBaseline(Map<String, Double> polarity) {
        this.polarity = polarity;
    }

    /** Loads the lexicons under {@code dir}. */
    public static LexiconBaseline load(Path dir) {
        Map<String, Double> p = new HashMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("vader/vader_lexicon.txt"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    p.merge(f[0].toLowerCase(), Double.parseDouble(f[1]) / 4, Double::sum);
                }
            }
            for (String[] file : new String[][] {{"hu-liu/positive-words.txt", "1"}, {"hu-liu/negative-words.txt", "-1"}}) {
                for (String line : Files.readAllLines(dir.resolve(file[0]), StandardCharsets.ISO_8859_1)) {
                    if (!line.isBlank() && !line.startsWith(";")) {
                        p.merge(line.strip(), Double.parseDouble(file[1]), Double::sum);
                    }
                }
            }
            for (String line : Files.readAllLines(dir.resolve("mpqa/subjclueslen1-HLTEMNLP05.tff"), StandardCharsets.ISO_8859_1)) {
                Map<String, String> kv = new HashMap<>();
                for (String part : line.trim().split("\\s+")) {
                    String[] e = part.split("=", 2);
                    if (e.length == 2) {
                        kv.put(e[0], e[1]);
                    }
                }
                double strength = "strongsubj".equals(kv.get("type")) ? 1 : 0.5;
                String word = kv.get("word1");
                String pol = kv.getOrDefault("priorpolarity", "");
                if (word != null && (pol.equals("positive") || pol.equals("negative"))) {
                    p.merge(word, pol.equals("positive") ? strength : -strength, Double::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(dir + ": cannot read the sentiment lexicons (vader/, hu-liu/, mpqa/): " + e);
        }
        return new LexiconBaseline(p);
    }

    @Override
    public StanceProbabilities classify(StanceInput input) {
        double score = 0;
        for (StanceFeatures.Tok t : StanceFeatures.tokens(input.text())) {
            if (!input.mentions().isEmpty() && !near(t.span(), input.mentions())) {
                continue;
            }
            double v = polarity.getOrDefault(t.word(), 0.0);
            score += t.negated() ? -v : v;
        }
        if (score > THRESHOLD) {
            return new StanceProbabilities(1, 0, 0);
        }
        return score < -THRESHOLD ? new StanceProbabilities(0, 1, 0) : new StanceProbabilities(0, 0, 1);
    }

    private static boolean near(Span word, List<Span> mentions) {
        for (Span m : mentions) {
            if (word.end() >= m.start() - 60 && word.start() <= m.end() + 60) {
                return true;
            }
        }
        return false;
    }
}
