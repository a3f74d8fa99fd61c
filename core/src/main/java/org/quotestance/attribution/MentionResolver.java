package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotestance.lexicon.WordList;
import org.quotestance.attribution.EntityRegistry.Entity;
import org.quotestance.attribution.Mention.MentionType;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.FirstNames;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Gender;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.CleanText;
import org.quotestance.text.Span;

/**
 * Turns the words that name a speaker into a {@link Speech}: a person's name (with titles and possessives
 * stripped, gender from a title or a first name), an organisation, a description ("a spokeswoman", "the
 * ministry") or a pronoun, each registered with the document's {@link EntityRegistry}. Per document.
 */
final class MentionResolver {

    // The certainties below scale an attribution's confidence, never who is chosen; set by hand.

    /** Certainty of a pronoun resolved to an earlier entity. */
    static final double RESOLVED_PRONOUN = 0.95;
    /** Certainty of a pronoun with no antecedent: the speaker stays unnamed. */
    static final double UNRESOLVED_PRONOUN = 0.3;
    /** Certainty of a person's name. */
    static final double PERSON_NAME = 1.0;
    /** Certainty of a name that is not a person's: an organisation, an outlet. */
    static final double OTHER_NAME = 0.97;
    /** Certainty of a description: "a spokeswoman", "the Biden administration". */
    static final double DESCRIPTION = 0.95;

    /** Heads of descriptions that refer back to an organisation named before: "the union", "the ministry". */
    private static final Set<String> LINKABLE_HEADS =
            WordList.load(MentionResolver.class, "words/linkable-organization-heads.txt");
    private static final Set<String> MALE_NOUNS = WordList.load(MentionResolver.class, "words/male-nouns.txt");
    private static final Set<String> FEMALE_NOUNS = WordList.load(MentionResolver.class, "words/female-nouns.txt");
    private static final Set<String> INDEFINITE = WordList.load(MentionResolver.class, "words/indefinite-determiners.txt");

    private final CleanText clean;
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final QuoteMask mask;
    private final FirstNames firstNames;
    private final EntityRegistry registry;
    private final PronounResolver pronouns;
    private List<EntityDescriptions.Introduction> introductions; // collected when a description first needs them

    MentionResolver(CleanText clean, AnnotatedText nlp, QuoteMask mask, FirstNames firstNames,
                    EntityRegistry registry, PronounResolver pronouns) {
        this.clean = clean;
        this.text = clean.working();
        this.tokens = nlp.tokens();
        this.sentences = nlp.sentences();
        this.mask = mask;
        this.firstNames = firstNames;
        this.registry = registry;
        this.pronouns = pronouns;
    }

    PronounResolver pronouns() {
        return pronouns;
    }

    /**
     * Every run of PERSON tokens becomes (part of) a person entity, full names first; those outside quotes
     * and headings are candidates for later pronouns (a byline's author is no antecedent).
     */
    void registerPeople() {
        List<TokenRange> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPerson()) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).isPerson()
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            runs.add(new TokenRange(i, j));
            i = j;
        }
        List<TokenRange> byLength = new ArrayList<>(runs);
        byLength.sort((a, b) -> Integer.compare(b.last() - b.first(), a.last() - a.first()));
        Map<Integer, Entity> entityOfRun = new HashMap<>();
        for (TokenRange r : byLength) {
            List<String> name = nameTokens(r.first(), r.last());
            if (name.isEmpty()) {
                continue;
            }
            entityOfRun.put(r.first(), registry.person(name, String.join(" ", name), genderOf(r.first(), r.last(), name)));
        }
        for (TokenRange r : runs) {
            Entity e = entityOfRun.get(r.first());
            if (e != null && !mask.inQuote(r.first()) && !inHeading(r.first())) {
                pronouns.sighted(r.first(), e, looksLikeSubject(r.last()));
            }
        }
        sightUntaggedNames();
    }

    /**
     * A proper noun the tagger did not take for a person but that names a person already registered is a
     * sighting of that person too; it registers nobody new. A place name counts only as a clause subject
     * ("Storrs believes ...", Storrs being a town as well).
     */
    private void sightUntaggedNames() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isProperNoun() || t.isPerson() || t.entity() == EntityType.ORGANIZATION) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).isProperNoun() && !tokens.get(j + 1).isPerson()
                    && tokens.get(j + 1).entity() == t.entity() && tokens.get(j + 1).sentence() == t.sentence()) {
                j++;
            }
            boolean nextToPerson = i > 0 && tokens.get(i - 1).isPerson() || j + 1 < tokens.size() && tokens.get(j + 1).isPerson();
            boolean subject = looksLikeSubject(j);
            boolean place = t.entity() == EntityType.LOCATION;
            if (!nextToPerson && (subject || !place) && !mask.inQuote(i) && !inHeading(i)) {
                List<String> name = nameTokens(i, j);
                Entity e = name.isEmpty() ? null : registry.findPerson(name);
                if (e != null) {
                    pronouns.sighted(i, e, subject);
                }
            }
            i = j;
        }
    }

    /**
     * Resolves each "he" and "she" that is a clause subject in sentence {@code s}, outside quotes and
     * headings and not yet resolved as a cue's speaker, and records it as a sighting of its entity: later
     * pronouns then follow the chain ("Osei ... She took over ... she said").
     */
    void sightSubjectPronouns(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            boolean personal = t.lower().equals("he") || t.lower().equals("she");
            if (!personal || !t.isPronoun() || mask.inQuote(i) || inHeading(i) || pronouns.sightedAt(i) || !looksLikeSubject(i)) {
                continue;
            }
            Entity e = pronouns.resolve(t.lower(), i);
            if (e != null) {
                pronouns.sighted(i, e, true);
            }
        }
    }

    /** Whether token {@code k} stands in a heading: a title, a byline, a dateline, a photo credit. */
    private boolean inHeading(int k) {
        int para = clean.paragraphAt(tokens.get(k).start());
        return para >= 0 && clean.paragraphs().get(para).heading();
    }

    /** A mention followed, after adverbs and auxiliaries, by a verb reads as a clause subject. */
    private boolean looksLikeSubject(int last) {
        int k = last + 1;
        while (k < tokens.size() && (PennTags.isAdverb(tokens.get(k).tag()) || PennTags.isModal(tokens.get(k).tag())
                || tokens.get(k).word().equals(","))) {
            if (tokens.get(k).word().equals(",")) {
                return false;
            }
            k++;
        }
        return k < tokens.size() && PennTags.isVerb(tokens.get(k).tag());
    }

    /** The speaker the words {@code range} name, registered as an entity. */
    Speech speechOf(TokenRange range) {
        int first = range.first();
        int last = range.last();
        Token head = tokens.get(last);
        if ((head.isPronoun() || PennTags.isPossessivePronoun(head.tag())) && first == last) { // "she", "her" of "her email"
            Mention m = mention(first, last, MentionType.PRONOUN);
            Entity e = pronouns.resolve(head.lower(), first);
            return new Speech(m, e, e == null ? UNRESOLVED_PRONOUN : RESOLVED_PRONOUN);
        }
        // A person's name at the end of the phrase: "US Secretary of State Blinken", "Trump".
        int nameStart = last;
        while (nameStart - 1 >= first && (tokens.get(nameStart - 1).isProperNoun()
                || tokens.get(nameStart - 1).isPerson()
                || (tokens.get(nameStart - 1).lower().equals("of") && nameStart - 2 >= first
                    && tokens.get(nameStart - 2).isProperNoun()))) {
            nameStart--;
        }
        if ((head.isProperNoun() || head.isPerson()) && head.entity() != EntityType.ORGANIZATION
                && head.entity() != EntityType.LOCATION) {
            Speech linked = linkedDescription(range); // "the Ohio Democrat said"
            if (linked != null) {
                return linked;
            }
        }
        if (head.isProperNoun() || head.isPerson()) {
            int personStart = last;
            while (personStart - 1 >= nameStart && tokens.get(personStart - 1).isPerson()) {
                personStart--;
            }
            boolean person = head.isPerson();
            List<String> name = nameTokens(person ? personStart : nameStart, last);
            if (!person && !name.isEmpty() && registry.findPerson(name) != null
                    && head.entity() != EntityType.ORGANIZATION && head.entity() != EntityType.LOCATION) {
                person = true;
            }
            if (!person && name.size() == 1 && head.entity() == EntityType.NONE && !isArticle(first)) {
                person = true;
            }
            // "the party's leader, Marine Le Pen,": a name set off after a person noun is a person, whatever the
            // tagger called it.
            if (!person && !name.isEmpty() && nameStart == first && first >= 2 && tokens.get(first - 1).word().equals(",")
                    && NounPhrases.isPersonNoun(tokens.get(first - 2).lower())) {
                person = true;
            }
            if (person && !name.isEmpty()) {
                Entity e = registry.person(name, String.join(" ", name), genderOf(nameStart, last, name));
                return new Speech(mention(nameStart, last, MentionType.NAME), e, PERSON_NAME);
            }
            int orgStart = isArticle(first) && first < nameStart ? first : nameStart;
            if (orgStart == first && first < last && isArticle(first) && !isArticle(first + 1)) {
                orgStart = first + 1;
            }
            Entity e = registry.organization(surface(orgStart, last), SpeakerType.ORGANIZATION);
            return new Speech(mention(nameStart, last, MentionType.NAME), e, OTHER_NAME);
        }
        // A description: "a spokeswoman", "the Biden administration", "Clinton's campaign".
        String lowerHead = head.lower();
        SpeakerType type = NounPhrases.isOrganizationNoun(lowerHead) ? SpeakerType.ORGANIZATION
                : NounPhrases.isPersonNoun(lowerHead) ? SpeakerType.PERSON : SpeakerType.OTHER;
        int descStart = first;
        if (tokens.get(first).lower().equals("the") && first < last) {
            descStart = first + 1;
        }
        String surface = surface(descStart, last);
        // "“...,” the letter read" after "Fitch wrote ...", "her email read": the text's author speaks.
        if (WrittenSources.isDocument(lowerHead)) {
            TokenRange author = WrittenSources.author(tokens, sentences, mask, range).orElse(null);
            Speech by = author == null ? null : speechOf(author);
            if (by != null && by.entity() != null) {
                return new Speech(mention(first, last, MentionType.NOMINAL), by.entity(), DESCRIPTION * by.certainty());
            }
        }
        // "the union said" after "the Metro Transit Workers Union": the organisation named before.
        String named = descStart == last && descStart > first && LINKABLE_HEADS.contains(lowerHead)
                ? organizationNamedBefore(first, lowerHead) : null;
        if (named != null) {
            return new Speech(mention(first, last, MentionType.NOMINAL),
                    registry.organization(named, SpeakerType.ORGANIZATION), DESCRIPTION);
        }
        Speech linked = linkedDescription(range); // "the 31-year-old midfielder said", "the firm said"
        if (linked != null) {
            return linked;
        }
        // "a source" and "another source" are someone new each time; "the source" is the one met before.
        Entity e = INDEFINITE.contains(tokens.get(first).lower())
                ? registry.distinct(surface(first, last), type) : registry.organization(surface, type);
        return new Speech(mention(first, last, MentionType.NOMINAL), e, DESCRIPTION);
    }

    /**
     * The person or organisation introduced earlier as what the definite description {@code range} says
     * ("the Ohio Democrat" after "Sherrod Brown, a Democrat from Ohio"), the mention staying the description;
     * null if none fits.
     */
    private Speech linkedDescription(TokenRange range) {
        if (introductions == null) {
            introductions = EntityDescriptions.collect(tokens, mask, this::inHeading);
        }
        EntityDescriptions.Introduction best = null;
        Entity bestPerson = null;
        int bestSeen = -1;
        for (EntityDescriptions.Introduction in : DescriptionLinker.candidates(tokens, range, introductions)) {
            Entity person = in.person() ? personOf(in.name().first(), in.name().last()) : null;
            if (in.person() && person == null) {
                continue;
            }
            // The one named last before the description, by any name, wins: "the president" after "President
            // Obama", "World Bank President Jim Yong Kim" and "Obama said" is Obama.
            int seen = person == null ? in.name().first() : Math.max(in.name().first(), lastNamedBefore(person, range.first()));
            if (seen > bestSeen) {
                best = in;
                bestPerson = person;
                bestSeen = seen;
            }
        }
        if (best == null) {
            return null;
        }
        Entity e = bestPerson;
        if (e == null) {
            TokenRange name = best.name();
            int start = name.first() < name.last() && isArticle(name.first()) ? name.first() + 1 : name.first();
            e = registry.organization(surface(start, name.last()), SpeakerType.ORGANIZATION);
        } else if (unknownSubjectJustNamed(e, range.first())) {
            return null;
        }
        return new Speech(mention(range.first(), range.last(), MentionType.NOMINAL), e, DESCRIPTION);
    }

    /**
     * Whether the person named last before token {@code before}, in its sentence or the one before, is the subject
     * of a clause and someone other than {@code chosen} of whom nothing is known: after "Cruz defends his record in
     * a commercial: [...]," the senator says" the senator may be Cruz, whichever senator was introduced before.
     */
    private boolean unknownSubjectJustNamed(Entity chosen, int before) {
        int sentence = tokens.get(before).sentence();
        for (int k = before - 1; k >= 0 && tokens.get(k).sentence() >= sentence - 1; k--) {
            if (tokens.get(k).isPerson() && !mask.inQuote(k)) {
                Entity e = personOf(runStart(k), k);
                return e != null && e != chosen && looksLikeSubject(k) && !introduced(e);
            }
        }
        return false;
    }

    private boolean introduced(Entity e) {
        for (EntityDescriptions.Introduction in : introductions) {
            if (in.person() && personOf(in.name().first(), in.name().last()) == e) {
                return true;
            }
        }
        return false;
    }

    /** Where the last PERSON run outside quotes and headings before token {@code before} that names {@code e} starts; or -1. */
    private int lastNamedBefore(Entity e, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (tokens.get(k).isPerson() && !mask.inQuote(k) && !inHeading(k)) {
                int start = runStart(k);
                if (personOf(start, k) == e) {
                    return start;
                }
                k = start;
            }
        }
        return -1;
    }

    /** The first token of the PERSON run that ends at token {@code end}, within its sentence. */
    private int runStart(int end) {
        int k = end;
        while (k - 1 >= 0 && tokens.get(k - 1).isPerson() && tokens.get(k - 1).sentence() == tokens.get(end).sentence()) {
            k--;
        }
        return k;
    }

    /** The registered person the tokens {@code first} to {@code last} name, or null. Records nothing. */
    private Entity personOf(int first, int last) {
        List<String> name = nameTokens(first, last);
        return name.isEmpty() ? null : registry.findPerson(name);
    }

    /**
     * The nearest organisation name before token {@code before} that holds the noun {@code head} ("the
     * union" after "the Metro Transit Workers Union"), as the tagger's ORGANIZATION run of a body paragraph
     * gives it; null if none.
     */
    private String organizationNamedBefore(int before, String head) {
        for (int k = before - 1; k >= 0; k--) {
            if (tokens.get(k).entity() != EntityType.ORGANIZATION) {
                continue;
            }
            int end = k;
            while (k - 1 >= 0 && tokens.get(k - 1).entity() == EntityType.ORGANIZATION
                    && tokens.get(k - 1).sentence() == tokens.get(end).sentence()) {
                k--;
            }
            if (inHeading(k)) {
                continue; // a headline's capitals mislead the tagger: "CNN Disputes Characterization Of Network"
            }
            for (int t = k; t <= end; t++) {
                // The noun heads the name: last ("the Halden Nurses Union") or before "of" ("the Ministry of
                // Health"), not a modifier ("the Government Accountability Office").
                boolean heads = t == end || tokens.get(t + 1).lower().equals("of");
                if (tokens.get(t).lower().equals(head) && heads) {
                    return surface(k, end);
                }
            }
        }
        return null;
    }

    private boolean isArticle(int i) {
        return PennTags.isDeterminer(tokens.get(i).tag());
    }

    private Mention mention(int first, int last, MentionType type) {
        Span span = clean.widen(new Span(tokens.get(first).start(), tokens.get(last).end()));
        return new Mention(span, span.textOf(clean.original()), type);
    }

    /** The words from token {@code first} to {@code last} with HTML residue left out: a name to show. */
    private String surface(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end()).strip().replaceAll("\\s+", " ");
    }

    /**
     * The name proper, as whitespace-separated words of the original text ("France-Presse" stays one
     * word): title words and possessive endings removed.
     */
    private List<String> nameTokens(int first, int last) {
        int k = first;
        while (k < last && (NounPhrases.isTitle(tokens.get(k).word())
                || !tokens.get(k).isProperNoun() && !tokens.get(k).isPerson())) {
            k++;
        }
        int end = last;
        while (end > k && (PennTags.isPossessiveEnding(tokens.get(end).tag()) || tokens.get(end).word().endsWith("'s")
                || tokens.get(end).word().endsWith("’s"))) {
            end--;
        }
        List<String> out = new ArrayList<>();
        Token kt = tokens.get(k);
        if (!kt.isProperNoun() && !kt.isPerson()) {
            return out;
        }
        for (String w : surface(k, end).split("\\s+")) {
            String word = w.replaceAll("['’]s$", "");
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        while (out.size() > 1 && NounPhrases.isTitle(out.get(0)) && !isPersonWord(first, out.get(0), last)) {
            out.remove(0);
        }
        return out;
    }

    private boolean isPersonWord(int first, String word, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).word().equals(word)) {
                return tokens.get(k).isPerson();
            }
        }
        return false;
    }

    /**
     * The gender a person's name and its surroundings tell: a title ("Mrs. Ruiz"), a gendered noun right
     * before the name ("spokeswoman Ana Ruiz", "her father, Samuel") or heading an apposition after it
     * ("Ruiz, a spokeswoman for ..."), else the first name of a name of two words or more.
     */
    private Gender genderOf(int first, int last, List<String> name) {
        for (int k = Math.max(0, first - 1); k <= first && k < tokens.size(); k++) {
            String prev = tokens.get(k).lower().replace(".", "");
            if (NounPhrases.MALE_TITLES.contains(prev)) {
                return Gender.MALE;
            }
            if (NounPhrases.FEMALE_TITLES.contains(prev)) {
                return Gender.FEMALE;
            }
        }
        Gender described = describedGender(first, last);
        if (described != Gender.UNKNOWN) {
            return described;
        }
        // A name alone may be a surname that is also a first name: "Clinton" tells nothing of Hillary Clinton.
        return name.size() >= 2 ? firstNames.genderOf(name.get(0)) : Gender.UNKNOWN;
    }

    /** How many words an apposition after a name may run before its gendered head noun: "Ruiz, a former city spokeswoman". */
    static final int APPOSITION_HEAD_REACH = 4;

    private Gender describedGender(int first, int last) {
        int before = first - 1;
        if (before >= 0 && tokens.get(before).word().equals(",")) {
            before--; // "her father, Samuel"
        }
        if (before >= 0 && tokens.get(before).sentence() == tokens.get(first).sentence()) {
            Gender g = nounGender(tokens.get(before).lower());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        // "Ruiz, a spokeswoman for ...", "Ruiz, the mayor's spokeswoman": an apposition that opens with an article.
        if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals(",")
                && PennTags.isDeterminer(tokens.get(last + 2).tag())) {
            for (int k = last + 3; k < tokens.size() && k <= last + 2 + APPOSITION_HEAD_REACH; k++) {
                Token t = tokens.get(k);
                boolean possessive = PennTags.isPossessiveEnding(t.tag());
                if (mask.inQuote(k) || !(possessive || PennTags.isNoun(t.tag()) || PennTags.isAdjective(t.tag()))) {
                    break;
                }
                boolean modifier = k + 1 < tokens.size() && PennTags.isPossessiveEnding(tokens.get(k + 1).tag());
                Gender g = modifier ? Gender.UNKNOWN : nounGender(t.lower()); // "the wife's lawyer" is no woman
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private static Gender nounGender(String lower) {
        return MALE_NOUNS.contains(lower) ? Gender.MALE : FEMALE_NOUNS.contains(lower) ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
