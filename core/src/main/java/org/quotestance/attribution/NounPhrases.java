package org.quotestance.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Token;

/**
 * Finds the noun phrase that speaks before or after a cue, from part-of-speech tags alone:
 * "US Secretary of State Blinken", "Hugh Hill, a doctor,", "he", "the Biden administration".
 * Static helpers over a token list; the {@link QuoteMask} marks tokens inside quotes, which never count.
 */
final class NounPhrases {

    /** Title words that precede a name and are not part of it. */
    static final Set<String> TITLES = WordList.load(NounPhrases.class, "words/titles.txt");

    static final Set<String> MALE_TITLES = WordList.load(NounPhrases.class, "words/male-titles.txt");
    static final Set<String> FEMALE_TITLES = WordList.load(NounPhrases.class, "words/female-titles.txt");

    private static final Set<String> ORG_NOUNS = WordList.load(NounPhrases.class, "words/organization-nouns.txt");
    private static final Set<String> PERSON_NOUNS = WordList.load(NounPhrases.class, "words/person-nouns.txt");
    private static final Set<String> NOT_SPEAKERS = WordList.load(NounPhrases.class, "words/not-speakers.txt");

    private static final Set<String> CLAUSE_CONJUNCTIONS = WordList.load(NounPhrases.class, "words/clause-conjunctions.txt");

    /**
     * How many prepositional phrases a subject may be followed by: "Protesters marching through the streets".
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 1: the same.
     */
    static final int OBJECT_HOPS = 2;
    /**
     * The longest appositive skipped between a speaker and its verb, in tokens: "Hill, a doctor, said".
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 15: 83.1 / 84.4.
     */
    static final int APPOSITIVE_REACH = 30;
    /**
     * The longest parenthetical skipped after a name, in tokens: "Moore (D-Wis.) said".
     End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 4: the same.
     */
    static final int PARENTHETICAL_REACH = 8;

    /**
     * The longest name, in tokens, taken from between commas after a description ("the minister, Ann Lee,
     * said"): a title, two given names and a surname ("Maj. Jamie Lee Davis"); set by hand.
     */
    static final int APPOSED_NAME_MAX = 5;

    /** What may end a name set off after a description in "said the minister, Ann Lee." */
    private static final Set<String> APPOSED_NAME_ENDS = Set.of(",", ".", ";", ":", "--", "—", "–");

    private NounPhrases() {
    }

    /**
     * The tokens of the subject before the cue at {@code cue}, or null. A phrase that is
     * the object of a preposition ("Protesters marching through the streets chanted") is passed over for
     * the phrase it modifies.
     */
    static TokenRange before(List<Token> tokens, QuoteMask inQuote, int sentenceStart, int cue) {
        TokenRange np = phraseBefore(tokens, inQuote, sentenceStart, cue);
        boolean finite = cue < tokens.size() && PennTags.isFiniteVerb(tokens.get(cue).tag());
        for (int hops = 0; np != null && finite && hops < OBJECT_HOPS; hops++) {
            int k = np.first() - 1;
            String tag = k <= sentenceStart ? "" : tokens.get(k).tag();
            if (k <= sentenceStart || inQuote.inQuote(k) || !(PennTags.isPreposition(tag) || PennTags.isPlainAdverb(tag) || PennTags.isTo(tag))
                    || CLAUSE_CONJUNCTIONS.contains(tokens.get(k).lower())) {
                break;
            }
            while (k - 1 > sentenceStart && PennTags.isParticiple(tokens.get(k - 1).tag())) {
                k--;
            }
            TokenRange outer = phraseBefore(tokens, inQuote, sentenceStart, k);
            if (outer == null || outer.last() != k - 1) {
                break;
            }
            np = outer;
        }
        return np;
    }

    private static TokenRange phraseBefore(List<Token> tokens, QuoteMask inQuote, int sentenceStart, int cue) {
        int j = cue - 1;
        while (j >= sentenceStart && !inQuote.inQuote(j) && !tokens.get(j).isPronoun()
                && (CueLexicon.isAuxiliary(tokens.get(j).lower(), tokens.get(j).tag()) || isTimeWord(tokens.get(j))
                    || (PennTags.isPreposition(tokens.get(j).tag()) && j + 1 < cue && isTimeWord(tokens.get(j + 1))))) {
            j--; // "has also said", "later Thursday told", "on Tuesday said"
        }
        if (j < sentenceStart || inQuote.inQuote(j)) {
            return null;
        }
        // "Rep. Gwen Moore (D-Wis.) said": skip a short parenthetical.
        if (isClosingBracket(tokens.get(j).word())) {
            j = beforeParenthetical(tokens, sentenceStart, j);
            if (j < 0) {
                return null;
            }
        }
        if (tokens.get(j).word().equals(",")) {
            // "Hugh Hill, a doctor, said" / "Trump, who spoke in Ohio, said" / "Lee, speaking on the radio, said": skip it.
            if (j - 1 < sentenceStart || inQuote.inQuote(j - 1)) {
                return null;
            }
            int k = j - 1;
            while (k > sentenceStart && k > j - APPOSITIVE_REACH && !inQuote.inQuote(k) && !tokens.get(k).word().equals(",")) {
                k--;
            }
            if (k <= sentenceStart || inQuote.inQuote(k) || !tokens.get(k).word().equals(",")) {
                return null;
            }
            String opener = tokens.get(k + 1).lower();
            String tag = tokens.get(k + 1).tag();
            boolean afterName = k - 1 >= sentenceStart && (tokens.get(k - 1).isProperNoun()
                    || isClosingBracket(tokens.get(k - 1).word()));
            boolean appositive = PennTags.isDeterminer(tag) || PennTags.isAdjective(tag) || PennTags.isNoun(tag)
                    || PennTags.isPossessivePronoun(tag) || PennTags.isNumber(tag) || opener.equals("who") || opener.equals("whose")
                    || (afterName && (PennTags.isPreposition(tag) || PennTags.isAdverb(tag) || PennTags.isParticiple(tag)));
            if (!appositive) {
                return null;
            }
            // "the transport minister, Ann Lee, said": a name set off after a description is who is described.
            if (isAfterDescription(tokens, inQuote, sentenceStart, k) && isName(tokens, k + 1, j - 1)) {
                return new TokenRange(k + 1, j - 1);
            }
            j = k - 1;
            if (j < sentenceStart || inQuote.inQuote(j)) {
                return null;
            }
            if (isClosingBracket(tokens.get(j).word())) {
                int b = beforeParenthetical(tokens, sentenceStart, j);
                j = b >= 0 ? b : j;
            }
        }
        Token head = tokens.get(j);
        if (head.isPronoun()) {
            return new TokenRange(j, j);
        }
        // "Loretta Lynch, who told Congress": the relative pronoun stands for the phrase before the comma.
        if (PennTags.isWhPronoun(head.tag()) && j - 1 > sentenceStart && tokens.get(j - 1).word().equals(",")) {
            return phraseBefore(tokens, inQuote, sentenceStart, j - 1);
        }
        // "in a statement, Ruiz said" names no speaker "statement"; "his statement read" does, by its author.
        boolean readOut = cue < tokens.size() && WrittenSources.readsOut(head, tokens.get(cue));
        if (!isHead(tokens, j) || NOT_SPEAKERS.contains(head.lower()) && !readOut) {
            return null;
        }
        int k = j;
        while (k - 1 >= sentenceStart && !inQuote.inQuote(k - 1)) {
            Token t = tokens.get(k - 1);
            String tag = t.tag();
            if (PennTags.isDeterminer(tag) || PennTags.isPossessivePronoun(tag)) {
                k--;
                break;
            }
            boolean nominal = PennTags.isNominal(tag) || (t.word().equals("-") && k - 2 >= sentenceStart);
            boolean ofInName = t.lower().equals("of") && k - 2 >= sentenceStart
                    && tokens.get(k - 2).isProperNoun() && tokens.get(k).isProperNoun();
            if (!nominal && !ofInName) {
                break;
            }
            k--;
        }
        return new TokenRange(k, j);
    }

    /** The tokens of the speaker right after position {@code from}, or null. */
    static TokenRange after(List<Token> tokens, QuoteMask inQuote, int from, int sentenceEnd) {
        if (from >= sentenceEnd || inQuote.inQuote(from)) {
            return null;
        }
        Token first = tokens.get(from);
        if (first.isPronoun()) {
            return new TokenRange(from, from);
        }
        int k = from;
        int lastNoun = -1;
        while (k < sentenceEnd && !inQuote.inQuote(k)) {
            Token t = tokens.get(k);
            String tag = t.tag();
            boolean nominal = PennTags.isNominal(tag)
                    || ((PennTags.isDeterminer(tag) || PennTags.isPossessivePronoun(tag)) && k == from);
            boolean ofInName = t.lower().equals("of") && lastNoun == k - 1 && k + 1 < sentenceEnd
                    && tokens.get(k - 1).isProperNoun() && tokens.get(k + 1).isProperNoun();
            if (!nominal && !ofInName) {
                break;
            }
            if (isHead(tokens, k)) {
                lastNoun = k;
            }
            k++;
        }
        if (lastNoun < 0 || NOT_SPEAKERS.contains(tokens.get(lastNoun).lower())) {
            return null;
        }
        // "said the transport minister, Ann Lee.": the name set off after the description is who is described.
        if (lastNoun == k - 1 && k < sentenceEnd && tokens.get(k).word().equals(",") && !tokens.get(lastNoun).isProperNoun()) {
            int end = k + 1;
            while (end < sentenceEnd && !inQuote.inQuote(end) && tokens.get(end).isProperNoun()) {
                end++;
            }
            boolean closed = end == sentenceEnd || APPOSED_NAME_ENDS.contains(tokens.get(end).word());
            if (closed && !inQuote.inQuote(Math.min(end, sentenceEnd - 1)) && isName(tokens, k + 1, end - 1)) {
                return new TokenRange(k + 1, end - 1);
            }
        }
        return new TokenRange(from, lastNoun);
    }

    /** Whether the comma at {@code comma} follows a description: a common noun, as in "the transport minister,". */
    private static boolean isAfterDescription(List<Token> tokens, QuoteMask inQuote, int sentenceStart, int comma) {
        int before = comma - 1;
        return before >= sentenceStart && !inQuote.inQuote(before) && tokens.get(before).isNoun()
                && !tokens.get(before).isProperNoun() && !NOT_SPEAKERS.contains(tokens.get(before).lower());
    }

    /** Whether tokens {@code first}..{@code last} are a name: one to {@link #APPOSED_NAME_MAX} proper nouns. */
    private static boolean isName(List<Token> tokens, int first, int last) {
        if (last < first || last - first + 1 > APPOSED_NAME_MAX) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** A noun, or an age that stands for a person: "the 42-year-old said". */
    private static boolean isHead(List<Token> tokens, int k) {
        return tokens.get(k).isNoun() || EntityDescriptions.ageEndingAt(tokens, k) >= 0;
    }

    /** The token before the short parenthetical that ends at {@code close}, or -1 when there is none. */
    private static int beforeParenthetical(List<Token> tokens, int sentenceStart, int close) {
        int k = close - 1;
        while (k > sentenceStart && k > close - PARENTHETICAL_REACH && !isOpeningBracket(tokens.get(k).word())) {
            k--;
        }
        return k > sentenceStart && isOpeningBracket(tokens.get(k).word()) ? k - 1 : -1;
    }

    private static final Set<String> TIME_WORDS = WordList.load(NounPhrases.class, "words/time-words.txt");

    /** A day or time word used as an adverbial: "Thursday", "last week". */
    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.lower());
    }

    static boolean isOpeningBracket(String w) {
        return w.equals("(") || w.equals("-LRB-") || w.equals("[") || w.equals("-LSB-");
    }

    static boolean isClosingBracket(String w) {
        return w.equals(")") || w.equals("-RRB-") || w.equals("]") || w.equals("-RSB-");
    }

    /**
     * The subject of the clause a participle hangs on ("Dean, a former chairman, poked at Trump, tweeting"):
     * the subject of the first finite verb, else the first name or pronoun followed by a verb.
     */
    static TokenRange clauseSubject(List<Token> tokens, QuoteMask inQuote, int from, int until) {
        for (int k = from; k < until && !inQuote.inQuote(k); k++) {
            String tag = tokens.get(k).tag();
            if (PennTags.isFiniteOrPastParticiple(tag)
                    && !tokens.get(k).isProperNoun()) {
                TokenRange np = before(tokens, inQuote, from, k);
                if (np != null) {
                    return np;
                }
            }
        }
        for (int k = from; k < until; k++) {
            if (inQuote.inQuote(k)) {
                return null;
            }
            Token t = tokens.get(k);
            if ((t.isPronoun() || t.isProperNoun()) && !isTimeWord(t)) {
                int e = k;
                while (e + 1 < until && tokens.get(e + 1).isProperNoun()) {
                    e++;
                }
                int v = e + 1;
                while (v < until && CueLexicon.isAuxiliary(tokens.get(v).lower(), tokens.get(v).tag())) {
                    v++;
                }
                if (v < until && PennTags.isVerb(tokens.get(v).tag())) {
                    return new TokenRange(k, e);
                }
                k = e;
            }
        }
        return null;
    }

    /**
     * Where the main clause starts when the span opens with subordinate clauses, each with a verb in it and closed
     * by a comma ("When the mayor died, after months in hospital, the governor released …": the token after the
     * last such comma; a comma inside a quote that closes right after it counts: "When Lee called it “a disaster,”
     * the governor …"); {@code from} otherwise. "As John Cornyn, the party whip, put it" has no verb before its
     * comma and is not skipped.
     */
    static int afterLeadingSubordinateClauses(List<Token> tokens, QuoteMask inQuote, int from, int until) {
        int start = from;
        for (int next = afterSubordinateClause(tokens, inQuote, start, until); next > start;
             next = afterSubordinateClause(tokens, inQuote, start, until)) {
            start = next;
        }
        return start;
    }

    private static int afterSubordinateClause(List<Token> tokens, QuoteMask inQuote, int from, int until) {
        if (from >= until || inQuote.inQuote(from) || !SUBORDINATORS.contains(tokens.get(from).lower())
                || !(PennTags.isPreposition(tokens.get(from).tag()) || PennTags.isAdverb(tokens.get(from).tag())
                    || tokens.get(from).tag().equals("WRB"))) {
            return from;
        }
        boolean verb = false;
        for (int k = from + 1; k + 1 < until; k++) {
            if (tokens.get(k).word().equals(",")) {
                int after = k + 1;
                while (inQuote.inQuote(k) && after < until && inQuote.inQuote(after) && after - k <= 1) {
                    after++; // the closing mark of a quote that ends with the comma
                }
                if (after < until && !inQuote.inQuote(after)) {
                    return verb ? after : from;
                }
            }
            verb |= !inQuote.inQuote(k) && PennTags.isVerb(tokens.get(k).tag());
        }
        return from;
    }

    /** Whether the phrase holds a proper noun or a pronoun, not only a description. */
    static boolean isNamedOrPronoun(List<Token> tokens, TokenRange np) {
        for (int k = np.first(); k <= np.last(); k++) {
            if (tokens.get(k).isProperNoun() || tokens.get(k).isPronoun()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBORDINATORS = WordList.load(NounPhrases.class, "words/subordinators.txt");

    static boolean isOrganizationNoun(String lower) {
        return ORG_NOUNS.contains(lower);
    }

    static boolean isPersonNoun(String lower) {
        return PERSON_NOUNS.contains(lower) || lower.endsWith("man") || lower.endsWith("woman")
                || lower.endsWith("person") || lower.endsWith("ist");
    }

    static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(w) || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
