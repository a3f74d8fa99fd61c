package org.quotestance.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.nlp.Sentence;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/**
 * A headline quote takes the speaker of the body statement it repeats or paraphrases: an attributed body
 * quote, or a sentence of reported speech ("Cooperate where interests coincide"). A headline quote that
 * repeats nothing and is short is a scare quote.
 */
final class HeadlineInheritance {

    /** A headline quote of fewer content words repeats nothing: a scare quote. */
    static final int MIN_CONTENT_WORDS = 2;
    // PolNeAR has no headline quotes; these were set by hand on the reference article and the samples.

    /** The share of the headline quote's content words a body statement must hold. */
    static final double MIN_CONTAINMENT = 0.6;
    /** Reported speech repeats a headline less surely than a quote does. */
    static final double REPORTED_SPEECH_DISCOUNT = 0.95;
    /** A headline quote of at most this many content words that repeats nothing is a scare quote. */
    static final int SCARE_WORDS = 3;

    private final DocumentContext doc;

    HeadlineInheritance(DocumentContext doc) {
        this.doc = doc;
    }

    /** Decides every HEADLINE quote of {@code decided} in place. */
    void inherit(List<QuoteSpan> spans, QuoteDecision[] decided) {
        for (int i = 0; i < spans.size(); i++) {
            if (decided[i].kind() == QuoteKind.HEADLINE) {
                decided[i] = inheritOne(spans, decided, i);
            }
        }
    }

    private QuoteDecision inheritOne(List<QuoteSpan> spans, QuoteDecision[] decided, int i) {
        QuoteSpan q = spans.get(i);
        Set<String> words = contentWords(q.content());
        if (words.size() < MIN_CONTENT_WORDS) {
            return decided[i].withKind(QuoteKind.SCARE);
        }
        double bestScore = 0;
        Speech bestSpeech = null;
        Cue bestCue = null;
        double bestConfidence = 0;
        for (int j = 0; j < spans.size(); j++) {
            if (decided[j].speech() == null || decided[j].kind() == QuoteKind.HEADLINE) {
                continue;
            }
            double score = containment(words, contentWords(spans.get(j).content()));
            if (score > bestScore) {
                bestScore = score;
                bestSpeech = decided[j].speech();
                bestCue = decided[j].cue();
                bestConfidence = decided[j].confidence();
            }
        }
        for (int si = 0; si < doc.sentenceCount(); si++) {
            Sentence s = doc.sentence(si);
            int p = doc.clean().paragraphAt(s.span().start());
            if (p < 0 || doc.paragraph(p).heading()) {
                continue;
            }
            CueHit h = doc.firstCue(s.index(), CueHit::hasEntity).orElse(null);
            if (h == null) {
                continue;
            }
            double score = containment(words, contentWords(s.span())) * REPORTED_SPEECH_DISCOUNT;
            if (score > bestScore) {
                bestScore = score;
                bestSpeech = h.speech();
                bestCue = doc.cue(h.span());
                bestConfidence = AttributionRule.SAME_SENTENCE.prior(); // a cue with its speaker in that sentence
            }
        }
        if (bestSpeech != null && bestScore >= MIN_CONTAINMENT) {
            return new QuoteDecision(QuoteKind.HEADLINE, bestSpeech, bestCue, AttributionRule.HEADLINE_REPEAT,
                    Math.min(1.0, AttributionRule.HEADLINE_REPEAT.prior() * bestConfidence * bestScore));
        }
        return words.size() <= SCARE_WORDS ? decided[i].withKind(QuoteKind.SCARE) : decided[i];
    }

    private Set<String> contentWords(Span span) {
        Set<String> out = new HashSet<>();
        for (String w : doc.text().substring(span.start(), span.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static double containment(Set<String> small, Set<String> big) {
        int hit = 0;
        for (String w : small) {
            if (big.contains(w)) {
                hit++;
            }
        }
        return small.isEmpty() ? 0 : (double) hit / small.size();
    }
}
