package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.lexicon.WordList;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Token;

/**
 * What each person and organisation of a document is described as where the tagger names it outside quotes and
 * headings: title and role words before the name ("Ohio Democrat Sherrod Brown", "Gov. Jane Roe", "Toronto firm
 * Acme"), a party parenthetical ("Sen. Tom Harlan (D-Ohio)"), an age ("Bellini, 31,"), an apposition ("Marco
 * Bellini, a 31-year-old midfielder from Genoa,") and a copula ("Lopez is the mayor of Springfield"). Static
 * helpers over a token list; {@link DescriptionLinker} links later descriptions to them.
 */
final class EntityDescriptions {

    /**
     * The longest description read after a name, in tokens: "Marco Bellini, a 31-year-old midfielder from Genoa,".
     * Set by hand: an apposition longer than this reads as a clause.
     */
    static final int DESCRIPTION_REACH = 12;
    /** The longest run of title and role words read before a name, in tokens: "Senate Majority Leader Mitch McConnell". */
    static final int PREMODIFIER_REACH = 6;
    /** The longest parenthetical read after a name, in tokens: "Harlan (D-Ohio)". */
    static final int PARENTHETICAL_REACH = 6;
    /** The greatest age read from a number after a name ("Bellini, 31,"); a bigger number is a year or a count. */
    static final int MAX_AGE = 110;

    /** "31-year-old", "31-years-old": an age as one word. */
    static final Pattern AGE_WORD = Pattern.compile("(\\d{1,3})-years?-old");
    /** "D-Ohio", "R-Wis.": a party letter and a place. */
    private static final Pattern PARTY_PLACE = Pattern.compile("([A-Za-z])-([A-Za-z][A-Za-z.]*)");

    static final Map<String, String> TITLE_ABBREVIATIONS =
            WordList.loadMap(EntityDescriptions.class, "words/title-abbreviations.tsv");
    private static final Map<String, String> PARTY_LETTERS =
            WordList.loadMap(EntityDescriptions.class, "words/party-letters.tsv");
    static final Set<String> DEFINING_MODIFIERS =
            WordList.load(EntityDescriptions.class, "words/defining-modifiers.txt");
    /** The words that may end an apposition: "Hill, a doctor, said". */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ":", "--", "—", "–");
    private static final Set<String> COPULAS = WordList.load(EntityDescriptions.class, "words/copulas.txt");

    /**
     * How one person or organisation was introduced.
     *
     * @param name     the tokens of the name
     * @param person   a person (else an organisation)
     * @param heads    the role nouns it was described by, lower-cased: "midfielder", "democrat", "senator", "firm"
     * @param words    every word of its descriptions, lower-cased
     * @param names    the proper nouns of its descriptions that are no titles, lower-cased: "ohio", "rovers"
     * @param defining the modifiers of its descriptions that change the office named: "vice", "former"
     * @param age      the age given, or -1
     */
    record Introduction(TokenRange name, boolean person, Set<String> heads, Set<String> words, Set<String> names,
                        Set<String> defining, int age) {
    }

    private EntityDescriptions() {
    }

    /**
     * The introductions of the document, in text order: one per PERSON or ORGANIZATION run outside quotes and
     * outside tokens {@code inHeading} accepts, when something describes it.
     */
    static List<Introduction> collect(List<Token> tokens, QuoteMask mask, IntPredicate inHeading) {
        List<Introduction> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            EntityType type = tokens.get(i).entity();
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).entity() == type
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (!mask.inQuote(i) && !inHeading.test(i)) {
                Collector c = new Collector(tokens, mask);
                int start = i;
                while (start < j && NounPhrases.isTitle(tokens.get(start).word())) {
                    start++; // the tagger's PERSON run may hold the title: "Sen. Tom Harlan"
                }
                c.before(i, start);
                c.after(j);
                if (!c.heads.isEmpty() || c.age >= 0) {
                    out.add(new Introduction(new TokenRange(i, j), type == EntityType.PERSON, Set.copyOf(c.heads),
                            Set.copyOf(c.words), Set.copyOf(c.names), Set.copyOf(c.defining), c.age));
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * The age that token {@code k} ends, or -1: "31-year-old" as one token or as the tagger splits it, "31 - year -
     * old".
     */
    static int ageEndingAt(List<Token> tokens, int k) {
        Matcher m = AGE_WORD.matcher(tokens.get(k).lower());
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (k < 4 || !tokens.get(k).lower().equals("old") || !tokens.get(k - 2).lower().startsWith("year")
                || !tokens.get(k - 1).word().equals("-") || !tokens.get(k - 3).word().equals("-")) {
            return -1;
        }
        String number = tokens.get(k - 4).word();
        return number.length() <= 3 && number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : -1;
    }

    /** The description of one name, gathered from around it. */
    private static final class Collector {
        private final List<Token> tokens;
        private final QuoteMask mask;
        private final Set<String> heads = new LinkedHashSet<>();
        private final Set<String> words = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> defining = new LinkedHashSet<>();
        private int age = -1;

        Collector(List<Token> tokens, QuoteMask mask) {
            this.tokens = tokens;
            this.mask = mask;
        }

        private boolean usable(int k, int sentence) {
            return k >= 0 && k < tokens.size() && tokens.get(k).sentence() == sentence && !mask.inQuote(k);
        }

        /**
         * Title and role words right before the name: the head is the last noun, or the noun before "of"
         * ("Secretary of State John Kerry"); an abbreviated title counts with its role nouns ("Sen." is "senator").
         */
        void before(int runFirst, int first) {
            int sentence = tokens.get(first).sentence();
            int k = first;
            while (first - k < PREMODIFIER_REACH && usable(k - 1, sentence)) {
                Token t = tokens.get(k - 1);
                boolean of = t.lower().equals("of") && k - 2 >= 0 && tokens.get(k - 2).isNoun();
                if (t.entity() == EntityType.PERSON && k - 1 < runFirst || NounPhrases.isTimeWord(t)
                        || !(PennTags.isNominal(t.tag()) || of) || PennTags.isPossessiveEnding(t.tag())) {
                    break;
                }
                k--;
            }
            int head = -1;
            for (int m = k; m < first; m++) {
                Token t = tokens.get(m);
                if (t.lower().equals("of")) {
                    break;
                }
                if (t.isNoun()) {
                    head = m;
                }
            }
            for (int m = k; m < first; m++) {
                word(tokens.get(m));
                age(ageEndingAt(tokens, m));
            }
            if (head >= 0) {
                heads.add(tokens.get(head).lower());
            }
        }

        /** A party parenthetical, an age, then an apposition or a copula description after the name. */
        void after(int last) {
            int sentence = tokens.get(last).sentence();
            int k = last + 1;
            if (usable(k, sentence) && NounPhrases.isOpeningBracket(tokens.get(k).word())) {
                int close = k + 1;
                StringBuilder inside = new StringBuilder(); // "D-Ohio", which the tagger may split: "D - Ohio"
                while (close - k <= PARENTHETICAL_REACH && usable(close, sentence)
                        && !NounPhrases.isClosingBracket(tokens.get(close).word())) {
                    inside.append(tokens.get(close).word());
                    close++;
                }
                party(inside.toString());
                k = close + 1;
            }
            if (!usable(k, sentence)) {
                return;
            }
            String w = tokens.get(k).lower();
            if (w.equals(",")) {
                k++;
                if (usable(k + 1, sentence) && PennTags.isNumber(tokens.get(k).tag())
                        && tokens.get(k + 1).word().equals(",")) {
                    String number = tokens.get(k).word();
                    int a = number.length() <= 3 && number.chars().allMatch(Character::isDigit)
                            ? Integer.parseInt(number) : -1;
                    age(a);
                    k += 2;
                }
                Collector apposition = new Collector(tokens, mask);
                if (apposition.closes(apposition.description(k, sentence), sentence)) {
                    merge(apposition);
                }
            } else if (COPULAS.contains(w) && PennTags.isVerb(tokens.get(k).tag())) {
                k++;
                while (usable(k, sentence) && PennTags.isAdverb(tokens.get(k).tag())) {
                    k++;
                }
                if (usable(k, sentence) && PennTags.isDeterminer(tokens.get(k).tag())) {
                    description(k, sentence);
                }
            }
        }

        /**
         * Whether a phrase that stopped at token {@code stop} reads as an apposition: it ends with the sentence, a
         * comma, a bracket or a relative pronoun, not with a verb ("Trump, the media would call him") or a name.
         */
        private boolean closes(int stop, int sentence) {
            if (stop < 0 || heads.isEmpty()) {
                return false;
            }
            if (stop >= tokens.size() || tokens.get(stop).sentence() != sentence) {
                return true;
            }
            Token t = tokens.get(stop);
            return !mask.inQuote(stop) && (APPOSITION_ENDS.contains(t.word()) || NounPhrases.isClosingBracket(t.word())
                    || PennTags.isWhPronoun(t.tag()));
        }

        private void merge(Collector other) {
            heads.addAll(other.heads);
            words.addAll(other.words);
            names.addAll(other.names);
            defining.addAll(other.defining);
            age = other.age >= 0 ? other.age : age;
        }

        /**
         * A noun phrase from token {@code k}: the noun that ends each coordinated part is a head ("a former engineer
         * and council member"), nouns after a preposition are words only ("a Democrat from Ohio"). Returns the
         * token it stopped at, or -1 when it ran {@link #DESCRIPTION_REACH} tokens without an end.
         */
        private int description(int k, int sentence) {
            boolean inPrepositional = false;
            int lastNoun = -1;
            int n = 0;
            for (; n < DESCRIPTION_REACH && usable(k, sentence); n++, k++) {
                Token t = tokens.get(k);
                String tag = t.tag();
                if (t.entity() == EntityType.PERSON) {
                    break;
                }
                boolean modifyingParticiple = PennTags.isParticiple(tag) && usable(k + 1, sentence)
                        && PennTags.isNominal(tokens.get(k + 1).tag());
                if (PennTags.isPreposition(tag) || PennTags.isTo(tag)) {
                    lastNoun = head(lastNoun);
                    inPrepositional = true;
                } else if (PennTags.isCoordinatingConjunction(tag)) {
                    lastNoun = head(lastNoun);
                    inPrepositional = false;
                } else if (PennTags.isNominal(tag) || modifyingParticiple) {
                    word(t);
                    age(ageEndingAt(tokens, k));
                    if (t.isNoun() && !inPrepositional) {
                        lastNoun = k;
                    }
                } else if (!PennTags.isDeterminer(tag) && !PennTags.isPossessivePronoun(tag)) {
                    break;
                }
            }
            head(lastNoun);
            return n == DESCRIPTION_REACH ? -1 : k;
        }

        private int head(int noun) {
            if (noun >= 0) {
                heads.add(tokens.get(noun).lower());
            }
            return -1;
        }

        private void word(Token t) {
            String lower = t.lower();
            String bare = lower.replace(".", "");
            words.add(lower);
            String roles = TITLE_ABBREVIATIONS.get(bare);
            if (roles != null) {
                heads.addAll(List.of(roles.split("\\s+")));
            }
            if (DEFINING_MODIFIERS.contains(bare)) {
                defining.add(bare);
            }
            if (t.isProperNoun() && !NounPhrases.isTitle(t.word())) {
                names.add(lower);
            }
        }

        private void age(int a) {
            if (a >= 0 && a <= MAX_AGE) {
                age = a;
            }
        }

        /** "D-Ohio": the party's noun is a head, the place a name. */
        private void party(String word) {
            Matcher m = PARTY_PLACE.matcher(word);
            if (!m.matches()) {
                return;
            }
            String noun = PARTY_LETTERS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (noun != null) {
                heads.add(noun);
                words.add(noun);
                names.add(noun);
                String place = m.group(2).replace(".", "").toLowerCase(java.util.Locale.ROOT);
                words.add(place);
                names.add(place);
            }
        }
    }
}
