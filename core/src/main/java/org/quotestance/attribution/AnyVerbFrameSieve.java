package org.quotestance.attribution;

import java.util.Optional;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;

/**
 * A name or pronoun with a past or third-person verb (VBD, VBZ) right after a quote ("“...,” Kelly charged", "“...” opined the
 * Plain Dealer") or right before it ("Kelly charged: “...”"): the frame of reported speech, whatever the
 * verb. A written text read out frames its quote too ("“...,” the letter read"); its author speaks.
 */
public final class AnyVerbFrameSieve implements AttributionSieve {

    /** The subject after the quote is a short phrase: "Kelly", "Sen. Tom Harlan". End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 2: the same. */
    static final int MAX_SUBJECT_TOKENS = 4;
    /** The verb is not a known speech verb, so the frame is less sure than a cue (confidence only; set by hand). */
    static final double CERTAINTY = 0.9;

    @Override
    public AttributionRule rule() {
        return AttributionRule.SPEECH_FRAME;
    }

    @Override
    public Optional<Candidate> propose(QuoteContext q, DocumentContext doc) {
        int lastTok = q.lastToken();
        int k = lastTok + 1;
        while (k < doc.tokens().size() && doc.token(k).word().equals(",") && !doc.mask().inQuote(k)) {
            k++;
        }
        if (k < doc.tokens().size() && k > lastTok && !doc.mask().inQuote(k) && q.paragraph().contains(doc.token(k).span())) {
            Sentence s = doc.sentenceOf(k);
            boolean commaBefore = k > lastTok + 1 || ",!?".indexOf(doc.lastContentChar(q.span())) >= 0;
            // "“...,” Kelly charged"
            TokenRange np = doc.phraseAfter(k, s.endToken()).orElse(null);
            if (np != null && commaBefore && np.size() <= MAX_SUBJECT_TOKENS) {
                int v = np.last() + 1;
                while (v < s.endToken() && PennTags.isAdverb(doc.token(v).tag())) {
                    v++;
                }
                if (v < s.endToken() && isReportingVerbNotName(doc.token(v))
                        && (doc.isNamedOrPronoun(np) || WrittenSources.readsOut(doc.token(np.last()), doc.token(v)))) {
                    return Optional.of(Candidate.mention(np, doc.cue(doc.token(v).span()), CERTAINTY).besideCue());
                }
            }
            // "“...,” opined Cleveland's Plain Dealer."
            if (commaBefore && isReportingVerbNotName(doc.token(k))) {
                TokenRange after = doc.phraseAfter(k + 1, s.endToken()).orElse(null);
                if (after != null && doc.isNamedOrPronoun(after) && (after.last() + 1 >= s.endToken()
                        || !Character.isLetterOrDigit(doc.token(after.last() + 1).word().charAt(0)))) {
                    return Optional.of(Candidate.mention(after, doc.cue(doc.token(k).span()), CERTAINTY));
                }
            }
        }
        // "Kelly charged: “...”"
        int colon = q.firstToken() - 1;
        if (colon >= 1 && !doc.mask().inQuote(colon)
                && (doc.token(colon).word().equals(":") || doc.token(colon).word().equals(","))
                && isReportingVerbNotName(doc.token(colon - 1)) && q.paragraph().contains(doc.token(colon - 1).span())) {
            Sentence s = doc.sentenceOf(colon - 1);
            TokenRange np = doc.phraseBefore(s.firstToken(), colon - 1).orElse(null);
            if (np != null && doc.isNamedOrPronoun(np)) {
                return Optional.of(Candidate.mention(np, doc.cue(doc.token(colon - 1).span()), CERTAINTY));
            }
        }
        return Optional.empty();
    }

    /** A reporting verb the tagger did not take for part of a name. */
    private static boolean isReportingVerbNotName(Token t) {
        return PennTags.isReportingVerb(t.tag()) && !t.isProperNoun();
    }
}
