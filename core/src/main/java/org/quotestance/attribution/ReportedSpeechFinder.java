package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.Span;

/**
 * Sentences in which someone speaks and no quote of theirs stands: the first cue with a resolved speaker
 * ("Lavrov stated that …"), or a sentence opening with a conjunction and a speech verb with no subject
 * ("And rejects the mayor's claims"), which continues the speaker of the sentence before. A negated or
 * declined cue ("did not respond", "declined to comment") is no statement.
 */
final class ReportedSpeechFinder {

    // Reported speech is not scored by evaluate (PolNeAR's gold is quotes); both set by hand.

    /** Certainty that a subjectless "And rejects ..." continues the speaker of the sentence before. */
    static final double CONTINUED_SPEAKER = 0.8;
    /** How many words before a cue may negate it: "did not immediately respond". */
    static final int NEGATION_REACH = 3;

    /** Words that negate a cue before it: "did not respond". */
    private static final Set<String> NEGATIONS = WordList.load(ReportedSpeechFinder.class, "words/cue-negations.txt");
    /** Beginnings of verbs that decline to speak: "declined to comment", "refuses to say". */
    private static final Set<String> REFUSALS = WordList.load(ReportedSpeechFinder.class, "words/refusal-prefixes.txt");

    /** A sentence of reported speech: its sentence index, its cue and speaker. */
    record Reported(int sentence, Cue cue, Speech speech, double certainty) {
    }

    private final DocumentContext doc;

    ReportedSpeechFinder(DocumentContext doc) {
        this.doc = doc;
    }

    List<Reported> find(List<QuoteSpan> spans, QuoteDecision[] decided) {
        Set<Integer> quoted = new HashSet<>();
        Map<Integer, Speech> quoteSpeakerBySentence = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            if (decided[i].speaks()) {
                // Every sentence the quote spans: “A. B,” Kowal said. is one statement, not a quote and a report.
                // From the content: a quote opened by an entity ("&ldquo;") starts before its sentence does.
                Span q = spans.get(i).span();
                int s0 = doc.nlp().sentenceAt(spans.get(i).content().start());
                int s1 = doc.nlp().sentenceAt(Math.max(q.start(), q.end() - 1));
                for (int sentence = Math.max(0, s0); s0 >= 0 && sentence <= Math.max(s0, s1); sentence++) {
                    quoted.add(sentence);
                    if (decided[i].speech().entity() != null) {
                        quoteSpeakerBySentence.put(sentence, decided[i].speech());
                    }
                }
            }
        }
        List<Reported> out = new ArrayList<>();
        Speech last = null;
        int lastParagraph = -1;
        for (Sentence s : doc.nlp().sentences()) {
            int para = doc.clean().paragraphAt(s.span().start());
            if (para != lastParagraph) {
                last = null;
                lastParagraph = para;
            }
            if (para < 0 || doc.paragraph(para).heading()) {
                continue;
            }
            if (quoted.contains(s.index())) {
                last = quoteSpeakerBySentence.get(s.index()); // null when the quote's speaker is unresolved
                continue;
            }
            Reported r = null;
            // "A sentence from X" points at a quote elsewhere; it reports no speech of its own.
            CueHit h = doc.firstCue(s.index(), c -> c.hasEntity()
                    && !CueLexicon.isUtteranceNoun(doc.token(c.token()).lower()) && !negated(s, c.token())).orElse(null);
            if (h != null) {
                r = new Reported(s.index(), doc.cue(h.span()), h.speech(), 1.0);
            }
            if (r == null && last != null) {
                r = continuedSpeech(s, last);
            }
            if (r != null) {
                out.add(r);
                last = r.speech();
            }
        }
        return out;
    }

    /** "And rejects the mayor's claims": a conjunction, then a speech verb with no subject of its own. */
    private Reported continuedSpeech(Sentence s, Speech previous) {
        int k = s.firstToken();
        if (k + 1 >= s.endToken() || !PennTags.isCoordinatingConjunction(doc.token(k).tag())) {
            return null;
        }
        Token verb = doc.token(k + 1);
        if (doc.mask().inQuote(k + 1) || !PennTags.isFiniteVerb(verb.tag())
                || CueLexicon.speechStem(verb.word(), verb.tag()) == null) {
            return null;
        }
        return new Reported(s.index(), doc.cue(verb.span()), previous, CONTINUED_SPEAKER);
    }

    /** Whether the cue at {@code cue} is negated or declined: "did not respond", "declined to comment". */
    private boolean negated(Sentence s, int cue) {
        for (int k = Math.max(s.firstToken(), cue - NEGATION_REACH); k < cue; k++) {
            String w = doc.token(k).lower();
            if (NEGATIONS.contains(w) || REFUSALS.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
