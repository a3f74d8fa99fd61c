package org.quotestance.attribution;

import java.util.Locale;
import java.util.Map;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.PennTags;
import java.util.Set;

/**
 * Words that introduce speech in news ("said", "told", "warned", "pointed out", "according to") and the
 * words that may stand between a speaker and its cue. Immutable.
 */
final class CueLexicon {

    private static final Set<String> VERB_STEMS = WordList.load(CueLexicon.class, "words/speech-verbs.txt");

    /** Verbs that attribute a quote only when the quote follows them closely: "attacked “the ideology”". */
    private static final Set<String> ADJACENT_ONLY = WordList.load(CueLexicon.class, "words/characterizing-verbs.txt");

    /** Verbs that need a particle to be a speech cue ("pointed out", "went on"). */
    private static final Set<String> NEEDS_PARTICLE = WordList.load(CueLexicon.class, "words/particle-verbs.txt");

    /** Cues that are more reliable as speech verbs than the rest. */
    private static final Set<String> CORE = WordList.load(CueLexicon.class, "words/core-speech-verbs.txt");

    private static final Set<String> AUXILIARIES = WordList.load(CueLexicon.class, "words/auxiliaries.txt");
    private static final Set<String> UTTERANCE_NOUNS = WordList.load(CueLexicon.class, "words/utterance-nouns.txt");

    /** Forms that suffix stripping does not reach: "said", "told", "wrote". */
    private static final Map<String, String> IRREGULAR = WordList.loadMap(CueLexicon.class, "words/irregular-speech-verbs.tsv");

    /** A suffix is stripped only from a word that keeps at least this many letters (set by hand). */
    private static final int MIN_STEM_LENGTH = 3;

    private CueLexicon() {
    }

    /** The stem of a speech verb, or null when {@code word} is not one. */
    static String speechStem(String word, String tag) {
        if (!PennTags.isVerb(tag) && !PennTags.isCommonNoun(tag) && !PennTags.isPlainAdjective(tag)) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String stem = stem(w);
        if (stem == null) {
            return null;
        }
        if (!PennTags.isVerb(tag) && !(w.equals("says") || w.equals("said") || w.equals("added") || isPresentParticiple(w, tag))) {
            // "said", "says" and participles ("writing") are sometimes mistagged; other nouns ("call", "note") are not cues.
            return null;
        }
        return stem;
    }

    /**
     * The stem of a plural present speech verb the tagger took for a noun or a base form, as in "“...,” reply
     * Dana Cole and Lee Park": the word is its own stem and a core speech verb; null otherwise. Only a cue
     * right after a quote and before a name (CueFinder).
     */
    static String pluralPresentStem(String word, String tag) {
        String w = word.toLowerCase(Locale.ROOT);
        String stem = stem(w);
        boolean noun = PennTags.isSingularNoun(tag) || tag.equals("VB");
        return noun && w.equals(stem) && isCore(stem) ? stem : null;
    }

    static boolean adjacentOnly(String stem) {
        return stem != null && ADJACENT_ONLY.contains(stem);
    }

    /** A present participle, also where the tagger took it for a noun: ", writing, “...”". */
    static boolean isPresentParticiple(String word, String tag) {
        return PennTags.isPresentParticiple(tag) || (PennTags.isSingularNoun(tag) && word.endsWith("ing"));
    }

    static boolean needsParticle(String stem) {
        return NEEDS_PARTICLE.contains(stem);
    }

    static boolean isCore(String stem) {
        return stem != null && CORE.contains(stem);
    }

    private static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (VERB_STEMS.contains(w)) {
            return w;
        }
        for (String suffix : new String[] {"ed", "es", "s", "d", "ing"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM_LENGTH) {
                String base = w.substring(0, w.length() - suffix.length());
                if (VERB_STEMS.contains(base)) {
                    return base;
                }
                if (suffix.equals("ing") && VERB_STEMS.contains(base + "e")) {
                    return base + "e";
                }
                if (suffix.equals("ed") && base.endsWith("i") && VERB_STEMS.contains(base.substring(0, base.length() - 1) + "y")) {
                    return base.substring(0, base.length() - 1) + "y";
                }
            }
        }
        return null;
    }

    /** Words that may stand between a subject and its speech verb: "has also repeatedly said". */
    static boolean isAuxiliary(String lower, String tag) {
        return PennTags.isAdverb(tag) || PennTags.isModal(tag)
                || AUXILIARIES.contains(lower);
    }

    /** Nouns that name an utterance: "a sentence from X", "remarks by X". */
    static boolean isUtteranceNoun(String lower) {
        return UTTERANCE_NOUNS.contains(lower);
    }
}
