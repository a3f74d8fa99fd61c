package org.quotestance.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * Words that introduce speech in news ("said", "told", "warned", "pointed out", "according to") and the
 * words that may stand between a speaker and its cue. Immutable.
 */
final class CueLexicon {

    private static final Set<String> VERB_STEMS = Set.of(
            "say", "tell", "add", "state", "emphasize", "emphasise", "mention", "warn", "note", "explain",
            "ask", "respond", "reply", "insist", "argue", "claim", "declare", "announce", "write", "tweet",
            "report", "acknowledge", "admit", "stress", "assert", "contend", "recall", "predict", "promise",
            "vow", "urge", "cite", "refute", "deny", "confirm", "reiterate", "quip", "joke", "concede",
            "complain", "shout", "yell", "exclaim", "whisper", "testify", "remark", "comment", "express",
            "call", "describe", "continue", "counter", "retort", "suggest", "observe", "allege", "boast",
            "caution", "demand", "advise", "maintain", "conclude",
            "point", "posit", "proclaim", "scoff", "snap", "lament", "elaborate", "recount",
            "hint", "inform", "plead", "pledge", "speculate", "summarize", "surmise", "underline", "underscore", "wonder", "criticize", "criticise", "condemn", "blast", "slam", "accuse", "dismiss", "sing", "chant", "read",
            "attack", "liken", "label", "dub", "brand", "praise", "agree",
            "mock", "decry", "deride", "ridicule", "lambaste", "denounce", "hail", "term", "nickname");

    /** Verbs that attribute a quote only when the quote follows them closely: "attacked “the ideology”". */
    private static final Set<String> ADJACENT_ONLY = Set.of("attack", "liken", "label", "dub", "brand", "praise",
            "call", "describe", "read", "criticize", "criticise", "condemn", "blast", "slam", "accuse", "dismiss",
            "mock", "decry", "deride", "ridicule", "lambaste", "denounce", "hail", "term", "nickname");

    /** Verbs that need a particle to be a speech cue ("pointed out", "went on"). */
    private static final Set<String> NEEDS_PARTICLE = Set.of("point", "go");

    /** Cues that are more reliable as speech verbs than the rest. */
    private static final Set<String> CORE = Set.of("say", "tell", "add", "state", "write", "tweet", "ask",
            "respond", "reply", "explain", "note", "continue", "insist", "declare", "announce");

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "be", "been", "did", "does", "do",
                        "will", "would", "also", "then", "later", "previously", "once", "again", "not");
    private static final Set<String> UTTERANCE_NOUNS = Set.of("sentence", "sentences", "remark", "remarks", "words", "statement", "statements",
                "comment", "comments", "quote", "message", "line", "phrase");

    private CueLexicon() {
    }

    /** The stem of a speech verb, or null when {@code word} is not one. */
    static String speechStem(String word, String tag) {
        if (!tag.startsWith("VB") && !tag.equals("NN") && !tag.equals("NNS") && !tag.equals("JJ")) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String stem = stem(w);
        if (stem == null) {
            return null;
        }
        if (!tag.startsWith("VB") && !(w.equals("says") || w.equals("said") || w.equals("added") || isParticiple(w, tag))) {
            // "said", "says" and participles ("writing") are sometimes mistagged; other nouns ("call", "note") are not cues.
            return null;
        }
        return stem;
    }

    static boolean adjacentOnly(String stem) {
        return stem != null && ADJACENT_ONLY.contains(stem);
    }

    /** A present participle, also where the tagger took it for a noun: ", writing, “...”". */
    static boolean isParticiple(String word, String tag) {
        return tag.equals("VBG") || (tag.equals("NN") && word.endsWith("ing"));
    }

    static boolean needsParticle(String stem) {
        return NEEDS_PARTICLE.contains(stem);
    }

    static boolean isCore(String stem) {
        return stem != null && CORE.contains(stem);
    }

    private static String stem(String w) {
        switch (w) {
            case "said", "says", "saying": return "say";
            case "told", "telling", "tells": return "tell";
            case "wrote", "written", "writing", "writes": return "write";
            case "replied", "replies": return "reply";
            case "denied", "denies": return "deny";
            case "testified", "testifies": return "testify";
            case "went", "goes": return "go";
            case "pointed", "points": return "point";
            case "admitted", "admits": return "admit";
            case "quipped": return "quip";
            case "sang", "sung", "sings": return "sing";
            case "reads": return "read";
            case "snapped": return "snap";
            default: break;
        }
        if (VERB_STEMS.contains(w)) {
            return w;
        }
        for (String suffix : new String[] {"ed", "es", "s", "d", "ing"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
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
        return tag.startsWith("RB") || tag.equals("MD")
                || AUXILIARIES.contains(lower);
    }

    /** Nouns that name an utterance: "a sentence from X", "remarks by X". */
    static boolean isUtteranceNoun(String lower) {
        return UTTERANCE_NOUNS.contains(lower);
    }
}
