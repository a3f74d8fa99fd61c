package org.quotestance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quotestance.lexicon.VerbForms;
import org.quotestance.lexicon.WordList;

/**
 * The word lists StanceFrames and StatementExtractor read from words/ hold every word of the sets they replaced,
 * which were written out in the classes: the plain lists equal them, the stem lists add only the verb forms the
 * hand-written sets happened to lack (mostly -ing forms), listed here; analyze output on the sample article,
 * the seed article, eval/samples and PolNeAR dev was byte-identical before and after the move.
 */
class StanceWordListsTest {

    /** The hand-written FAVOR_WORDS of StanceFrames before it became favor-words.txt. */
    private static final Set<String> OLD_FAVOR_WORDS = Set.of(
            "support", "supports", "supported", "supporting", "backs", "backed", "backing",
            "welcome", "welcomes", "welcomed", "welcoming", "endorse", "endorses", "endorsed",
            "endorsing", "defend", "defends", "defended", "defending", "favor", "favors", "favored",
            "favour", "favours", "favoured", "approve", "approves", "approved", "approval",
            "praise", "praises", "praised", "champion", "champions", "championed", "promote",
            "promotes", "promoted");

    /** The hand-written AGAINST_WORDS of StanceFrames before it became against-words.txt. */
    private static final Set<String> OLD_AGAINST_WORDS = Set.of(
            "oppose", "opposes", "opposed", "opposing", "opposition", "objection", "objections",
            "reject", "rejects", "rejected", "rejecting", "rejection", "refute", "refutes",
            "refuted", "condemn", "condemns", "condemned", "condemnation", "criticize",
            "criticizes", "criticized", "criticise", "criticises", "criticised", "criticism",
            "denounce", "denounces", "denounced", "against", "dismiss", "dismisses", "dismissed",
            "end", "ends", "ended", "ending", "shut", "lift", "lifts", "lifted", "delay", "delays",
            "delayed", "halt", "halts", "halted", "block", "blocks", "stopping", "waive", "waives",
            "waived", "ease", "eases", "eased", "relax", "relaxes", "relaxed", "relaxation", "stop",
            "stops", "stopped", "blocked", "blocking", "sanction", "sanctions", "sanctioned",
            "scrap", "scraps", "scrapped", "cancel", "cancels", "cancelled", "canceled", "ban",
            "bans", "banned");

    /** The hand-written COPULAS of StanceFrames before it became copulas.txt. */
    private static final Set<String> OLD_COPULAS = Set.of(
            "is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "seem",
            "seems", "appear", "appears");

    /** The hand-written GOOD of StanceFrames before it became good.txt. */
    private static final Set<String> OLD_GOOD = Set.of(
            "legal", "lawful", "legitimate", "justified", "necessary", "essential", "vital",
            "important", "beneficial", "good", "fair", "right", "safe", "acceptable", "welcome");

    /** The hand-written BAD of StanceFrames before it became bad.txt. */
    private static final Set<String> OLD_BAD = Set.of(
            "illegal", "unlawful", "illegitimate", "unjustified", "dangerous", "harmful",
            "unacceptable", "wrong", "bad", "unfair", "threat", "mistake", "provocative",
            "destabilizing", "destabilising", "aggressive");

    /** The hand-written CLAUSE_WORDS of StanceFrames before it became clause-words.txt. */
    private static final Set<String> OLD_CLAUSE_WORDS = Set.of(
            "but", "while", "although", "though", "whereas", "because", "which", "who", "that");

    /** The hand-written TROUBLE of StanceFrames before it became trouble.txt. */
    private static final Set<String> OLD_TROUBLE = Set.of(
            "concern", "problem", "danger", "risk", "crisis", "threat");

    /** The hand-written PREDICATE_START of StanceFrames before it became predicate-start.txt. */
    private static final Set<String> OLD_PREDICATE_START = Set.of(
            "should", "must", "ought", "will", "would", "can", "is", "are", "was", "were", "be",
            "remain", "remains", "stay", "stays");

    /** The hand-written PREPOSITIONS of StanceFrames before it became prepositions.txt. */
    private static final Set<String> OLD_PREPOSITIONS = Set.of(
            "of", "to", "on", "for", "against", "about", "with", "over");

    /** The hand-written PARTICLES of StanceFrames before it became particles.txt. */
    private static final Set<String> OLD_PARTICLES = Set.of(
            "away", "off", "up", "down", "out");

    /** The hand-written DETERMINERS of StanceFrames before it became determiners.txt. */
    private static final Set<String> OLD_DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "this", "that");

    /** The hand-written CONTESTS of StanceFrames before it became contests.txt. */
    private static final Set<String> OLD_CONTESTS = Set.of(
            "ran", "run", "runs", "running", "up", "campaigning", "campaigned", "best", "well",
            "better", "worse", "compete", "competes", "competing", "played", "plays", "race",
            "races");

    /** The hand-written AGENT_MARKS of StanceFrames before it became agent-marks.txt. */
    private static final Set<String> OLD_AGENT_MARKS = Set.of(
            "by", "from");

    /** The hand-written NOT_NAMES of StatementExtractor before it became not-names.txt. */
    private static final Set<String> OLD_NOT_NAMES = Set.of(
            "the", "house", "white", "office", "ministry", "department", "government", "council",
            "party", "state", "states", "united", "national", "new", "foreign", "of", "and");

    /** The hand-written REPLY_STOPS of StatementExtractor before it became reply-stops.txt. */
    private static final Set<String> OLD_REPLY_STOPS = Set.of(
            "by", "from", "that", "but", "while", "although");

    /** The hand-written DISAGREE of StatementExtractor before it became disagree.txt. */
    private static final Set<String> OLD_DISAGREE = Set.of(
            "refute", "refutes", "refuted", "rebut", "rebuts", "rebutted", "reject", "rejects",
            "rejected", "dismiss", "dismisses", "dismissed", "deny", "denies", "denied",
            "contradict", "contradicts", "contradicted", "dispute", "disputes", "disputed",
            "disagree", "disagrees", "disagreed", "countered", "counters", "challenged",
            "challenges");

    /** The hand-written AGREE of StatementExtractor before it became agree.txt. */
    private static final Set<String> OLD_AGREE = Set.of(
            "agree", "agrees", "agreed", "echo", "echoes", "echoed", "endorse", "endorses",
            "endorsed", "backed", "supported", "seconded");

    @Test
    void plainListsEqualTheHandWrittenSets() {
        assertThat(frames("copulas.txt")).isEqualTo(OLD_COPULAS);
        assertThat(frames("good.txt")).isEqualTo(OLD_GOOD);
        assertThat(frames("bad.txt")).isEqualTo(OLD_BAD);
        assertThat(frames("clause-words.txt")).isEqualTo(OLD_CLAUSE_WORDS);
        assertThat(frames("trouble.txt")).isEqualTo(OLD_TROUBLE);
        assertThat(frames("predicate-start.txt")).isEqualTo(OLD_PREDICATE_START);
        assertThat(frames("prepositions.txt")).isEqualTo(OLD_PREPOSITIONS);
        assertThat(frames("particles.txt")).isEqualTo(OLD_PARTICLES);
        assertThat(frames("determiners.txt")).isEqualTo(OLD_DETERMINERS);
        assertThat(frames("contests.txt")).isEqualTo(OLD_CONTESTS);
        assertThat(frames("agent-marks.txt")).isEqualTo(OLD_AGENT_MARKS);
        assertThat(WordList.load(StatementExtractor.class, "words/not-names.txt")).isEqualTo(OLD_NOT_NAMES);
        assertThat(WordList.load(StatementExtractor.class, "words/reply-stops.txt")).isEqualTo(OLD_REPLY_STOPS);
    }

    @Test
    void favorStemsHoldEveryHandWrittenWordAndAddOnlyMissingForms() {
        assertExpands(StanceFrames.class, "favor-words.txt", OLD_FAVOR_WORDS,
                "approving", "championing", "favoring", "favouring", "praising", "promoting");
    }

    @Test
    void againstStemsHoldEveryHandWrittenWordAndAddOnlyMissingForms() {
        assertExpands(StanceFrames.class, "against-words.txt", OLD_AGAINST_WORDS,
                "banning", "canceling", "cancelling", "condemning", "criticising", "criticizing", "delaying",
                "denouncing", "dismissing", "easing", "halting", "lifting", "refuting", "relaxing", "sanctioning",
                "scrapping", "shuts", "shutting", "waiving");
    }

    @Test
    void disagreeStemsHoldEveryHandWrittenWordAndAddOnlyMissingForms() {
        assertExpands(StatementExtractor.class, "disagree.txt", OLD_DISAGREE,
                "contradicting", "denying", "disagreeing", "dismissing", "disputing", "rebutting", "refuting", "rejecting");
    }

    @Test
    void agreeStemsHoldEveryHandWrittenWordAndAddOnlyMissingForms() {
        assertExpands(StatementExtractor.class, "agree.txt", OLD_AGREE, "agreeing", "echoing", "endorsing");
    }

    private static Set<String> frames(String name) {
        return WordList.load(StanceFrames.class, "words/" + name);
    }

    private static void assertExpands(Class<?> anchor, String name, Set<String> old, String... added) {
        Set<String> expanded = VerbForms.load(anchor, "words/" + name);
        assertThat(expanded).containsAll(old);
        Set<String> extra = new TreeSet<>(expanded);
        extra.removeAll(old);
        assertThat(extra).containsExactlyInAnyOrder(added);
    }
}
