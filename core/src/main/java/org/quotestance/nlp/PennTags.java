package org.quotestance.nlp;

/**
 * Classes of Penn Treebank part-of-speech tags, each defined once. The rules ask for a class ("a finite
 * verb", "an adverb"), never for a list of tags of their own.
 */
public final class PennTags {

    private PennTags() {
    }

    /** Any verb form: VB, VBD, VBG, VBN, VBP, VBZ. */
    public static boolean isVerb(String tag) {
        return tag.startsWith("VB");
    }

    /** A finite verb: past (VBD), third person singular (VBZ) or other present (VBP). */
    public static boolean isFiniteVerb(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * A finite verb as news reports speech, past or third person singular: "said", "says" (VBD, VBZ); the
     * other present (VBP, "we say") is left out.
     */
    public static boolean isReportingVerb(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ");
    }

    /** A finite verb or a past participle (VBN), which the tagger often gives a past tense. */
    public static boolean isFiniteOrPastParticiple(String tag) {
        return isFiniteVerb(tag) || tag.equals("VBN");
    }

    /** A present participle or gerund (VBG). */
    public static boolean isPresentParticiple(String tag) {
        return tag.equals("VBG");
    }

    /** A participle, present or past (VBG, VBN). */
    public static boolean isParticiple(String tag) {
        return tag.equals("VBG") || tag.equals("VBN");
    }

    /** An adverb: RB, RBR, RBS. */
    public static boolean isAdverb(String tag) {
        return tag.startsWith("RB");
    }

    /** A plain adverb, neither comparative nor superlative: RB. */
    public static boolean isPlainAdverb(String tag) {
        return tag.equals("RB");
    }

    /** A modal: MD. */
    public static boolean isModal(String tag) {
        return tag.equals("MD");
    }

    /** A noun, common or proper: NN, NNS, NNP, NNPS. */
    public static boolean isNoun(String tag) {
        return tag.startsWith("NN");
    }

    /** A proper noun: NNP, NNPS. */
    public static boolean isProperNoun(String tag) {
        return tag.startsWith("NNP");
    }

    /** A singular common noun: NN. */
    public static boolean isSingularNoun(String tag) {
        return tag.equals("NN");
    }

    /** A singular or plural common noun: NN, NNS. */
    public static boolean isCommonNoun(String tag) {
        return tag.equals("NN") || tag.equals("NNS");
    }

    /** An adjective: JJ, JJR, JJS. */
    public static boolean isAdjective(String tag) {
        return tag.startsWith("JJ");
    }

    /** A plain adjective, neither comparative nor superlative: JJ. */
    public static boolean isPlainAdjective(String tag) {
        return tag.equals("JJ");
    }

    /** A determiner: DT. */
    public static boolean isDeterminer(String tag) {
        return tag.equals("DT");
    }

    /** A possessive pronoun: PRP$. */
    public static boolean isPossessivePronoun(String tag) {
        return tag.equals("PRP$");
    }

    /** A personal pronoun: PRP. */
    public static boolean isPersonalPronoun(String tag) {
        return tag.equals("PRP");
    }

    /** A wh-pronoun: WP, WP$. */
    public static boolean isWhPronoun(String tag) {
        return tag.startsWith("WP");
    }

    /** A coordinating conjunction: CC. */
    public static boolean isCoordinatingConjunction(String tag) {
        return tag.equals("CC");
    }

    /** A preposition or subordinating conjunction: IN. */
    public static boolean isPreposition(String tag) {
        return tag.equals("IN");
    }

    /** "to": TO. */
    public static boolean isTo(String tag) {
        return tag.equals("TO");
    }

    /** A cardinal number: CD. */
    public static boolean isNumber(String tag) {
        return tag.equals("CD");
    }

    /** A possessive ending: POS. */
    public static boolean isPossessiveEnding(String tag) {
        return tag.equals("POS");
    }

    /** A hyphen token: HYPH. */
    public static boolean isHyphen(String tag) {
        return tag.equals("HYPH");
    }

    /**
     * A word that may stand inside a noun phrase before its head: a noun, an adjective, a possessive ending,
     * a number or a hyphen.
     */
    public static boolean isNominal(String tag) {
        return isNoun(tag) || isAdjective(tag) || isPossessiveEnding(tag) || isNumber(tag) || isHyphen(tag);
    }
}
