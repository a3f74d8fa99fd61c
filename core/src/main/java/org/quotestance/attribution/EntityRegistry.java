package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.entity.NameSimilarity;
import org.quotestance.entity.RosterEntry;
import org.quotestance.lexicon.WordList;
import org.quotestance.entity.Speaker;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.Gender;

/**
 * The entities of one document: merges full names, surnames, titled names, possessives and close
 * spellings of the same person into one entity, and organisation names by folded form and acronym.
 * Seeded with the caller's roster. Not thread-safe: one instance per document, inside {@link DocumentRun}.
 */
final class EntityRegistry {

    /** One person or organisation of the document. */
    static final class Entity {
        private SpeakerType type; // an organisation found to be a person by a later mention becomes one
        private List<String> tokens;
        private final Set<String> surfaces = new LinkedHashSet<>();
        private final RosterEntry roster;
        private Gender gender = Gender.UNKNOWN;
        private int mentions;

        Entity(SpeakerType type, List<String> tokens, RosterEntry roster) {
            this.type = type;
            this.tokens = List.copyOf(tokens);
            this.roster = roster;
        }

        SpeakerType type() {
            return type;
        }

        Gender gender() {
            return gender;
        }

        String name() {
            return roster != null ? roster.name() : String.join(" ", tokens);
        }

        String last() {
            return tokens.get(tokens.size() - 1);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private final List<Entity> entities = new ArrayList<>();

    EntityRegistry(List<RosterEntry> roster) {
        for (RosterEntry r : roster) {
            entities.add(new Entity(r.type(), tokens(r.name()), r));
        }
    }

    /**
     * The person named by {@code nameTokens} (title-free, in text order), merged with an earlier entity
     * when the names agree; a new entity otherwise.
     */
    Entity person(List<String> nameTokens, String surface, Gender gender) {
        Entity e = findPerson(nameTokens);
        if (e == null) {
            e = sameNameNonPerson(nameTokens);
            if (e != null) {
                e.type = SpeakerType.PERSON; // the tagger took an earlier "Trump" for an organisation
            }
        }
        if (e == null) {
            e = new Entity(SpeakerType.PERSON, nameTokens, null);
            entities.add(e);
        } else if (e.roster == null && nameTokens.size() > e.tokens.size()) { // the full name, once it is seen
            e.tokens = List.copyOf(nameTokens);
        }
        e.surfaces.add(surface);
        e.mentions++;
        if (e.gender == Gender.UNKNOWN) {
            e.gender = gender;
        }
        return e;
    }

    /** An existing person whose name agrees with {@code nameTokens}, or null. Does not record anything. */
    Entity findPerson(List<String> nameTokens) {
        Entity rosterHit = findRoster(String.join(" ", nameTokens));
        if (rosterHit != null) {
            return rosterHit;
        }
        Entity best = null;
        int bestScore = 0;
        for (Entity e : entities) {
            if (e.type != SpeakerType.PERSON) {
                continue;
            }
            int score = personMatch(nameTokens, e.tokens);
            if (e.roster != null) {
                for (String alias : e.roster.aliases()) {
                    score = Math.max(score, personMatch(nameTokens, tokens(alias)));
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && e.mentions > best.mentions)) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How well a name agrees with an entity's name: 0 not at all, higher is better. Surnames must agree
     * (exactly or as close variants); given names, where both have one, must agree too.
     */
    static int personMatch(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        String lastA = a.get(a.size() - 1);
        String lastB = b.get(b.size() - 1);
        boolean exactLast = NameSimilarity.sameToken(lastA, lastB);
        if (exactLast || NameSimilarity.variants(lastA, lastB)) {
            // "Le Pen" is the surname of "Marine Le Pen", not a given name "Le" that disagrees with "Marine".
            boolean surnameOnly = isParticleSurnameOf(a, b) || isParticleSurnameOf(b, a);
            boolean full = a.size() >= 2 && b.size() >= 2 && !surnameOnly;
            if (full && !givenNamesAgree(a.get(0), b.get(0))) {
                return 0;
            }
            int score = exactLast ? 4 : 2;
            return full ? score + 1 : score;
        }
        // A given name alone ("Hillary") names the person whose full name starts with it.
        if (a.size() == 1 && b.size() >= 2 && NameSimilarity.sameToken(a.get(0), b.get(0))) {
            return 1;
        }
        return 0;
    }

    private static final Set<String> SURNAME_PARTICLES = WordList.load(EntityRegistry.class, "words/surname-particles.txt");

    /**
     * Whether {@code surname} is a two-word surname that opens with a particle and ends {@code name}: "Le Pen"
     * of "Marine Le Pen", "de Blasio" of "Bill de Blasio". ("Van Jones" is not the surname of "Doug Jones".)
     */
    static boolean isParticleSurnameOf(List<String> surname, List<String> name) {
        int n = name.size();
        return surname.size() == 2 && n >= 3 && SURNAME_PARTICLES.contains(surname.get(0).toLowerCase(Locale.ROOT))
                && NameSimilarity.sameToken(surname.get(0), name.get(n - 2)) && NameSimilarity.sameToken(surname.get(1), name.get(n - 1));
    }

    private static boolean givenNamesAgree(String x, String y) {
        String fx = NameSimilarity.fold(x);
        String fy = NameSimilarity.fold(y);
        if (fx.isEmpty() || fy.isEmpty()) {
            return true;
        }
        if (fx.length() == 1 || fy.length() == 1) {
            return fx.charAt(0) == fy.charAt(0);
        }
        return NameSimilarity.variants(x, y);
    }

    /**
     * A non-person entity, not from the roster, whose name is exactly {@code nameTokens} or its particle
     * surname (an earlier "Le Pen" the tagger took for an organisation, then "Marine Le Pen"); or null.
     */
    private Entity sameNameNonPerson(List<String> nameTokens) {
        String key = orgKey(String.join(" ", nameTokens));
        for (Entity e : entities) {
            if (e.type != SpeakerType.PERSON && e.roster == null
                    && (orgKey(e.name()).equals(key) || isParticleSurnameOf(e.tokens, nameTokens))) {
                return e;
            }
        }
        return null;
    }

    /**
     * The organisation (or other named speaker) called {@code name}, merged by folded form or acronym. A short
     * capitalised name that is exactly the name or surname of a person already seen is that person: the
     * tagger calls a person an organisation now and then ("Trump mocked …").
     */
    Entity organization(String name, SpeakerType type) {
        String key = orgKey(name);
        Entity hit = findRoster(name);
        List<String> nameTokens = tokens(stripArticle(name));
        if (hit == null && nameTokens.size() <= 3 && nameTokens.stream().allMatch(t -> Character.isUpperCase(t.charAt(0)))) {
            Entity person = findPerson(nameTokens);
            if (person != null && person.roster == null && personMatch(nameTokens, person.tokens) >= 4) {
                hit = person;
            }
        }
        if (hit == null) {
            for (Entity e : entities) {
                if (e.type == SpeakerType.PERSON) {
                    continue;
                }
                String other = orgKey(e.name());
                if (other.equals(key) || acronymOf(name).equals(other) || acronymOf(e.name()).equals(key)) {
                    hit = e;
                    break;
                }
            }
        }
        if (hit == null) {
            hit = new Entity(type, nameTokens, null);
            entities.add(hit);
        }
        hit.surfaces.add(name);
        hit.mentions++;
        return hit;
    }

    /** A new entity that merges with nothing: "a source" said one thing, "another source" another. */
    Entity distinct(String name, SpeakerType type) {
        Entity e = new Entity(type, tokens(name), null);
        e.surfaces.add(name);
        e.mentions++;
        entities.add(e);
        return e;
    }

    private Entity findRoster(String surface) {
        String key = orgKey(surface);
        for (Entity e : entities) {
            if (e.roster == null) {
                continue;
            }
            if (orgKey(e.roster.name()).equals(key)) {
                return e;
            }
            for (String alias : e.roster.aliases()) {
                if (orgKey(alias).equals(key)) {
                    return e;
                }
            }
        }
        return null;
    }

    void setGender(Entity e, Gender g) {
        if (e.gender == Gender.UNKNOWN) {
            e.gender = g;
        }
    }

    /** Speakers for the given entities, ids in the given order, aliases every other surface form. */
    static List<Speaker> speakers(Map<Entity, String> ids) {
        List<Speaker> out = new ArrayList<>();
        for (Map.Entry<Entity, String> en : ids.entrySet()) {
            Entity e = en.getKey();
            String name = e.name();
            Set<String> aliases = new LinkedHashSet<>();
            for (String s : e.surfaces) {
                if (!s.equals(name)) {
                    aliases.add(s);
                }
            }
            out.add(new Speaker(en.getValue(), name, List.copyOf(aliases), e.type,
                    e.roster == null ? "" : e.roster.role()));
        }
        return out;
    }

    /** Ids {@code s1, s2, ...} for the entities, in the order given. */
    static Map<Entity, String> ids(List<Entity> inOrder) {
        Map<Entity, String> ids = new LinkedHashMap<>();
        for (Entity e : inOrder) {
            ids.putIfAbsent(e, "s" + (ids.size() + 1));
        }
        return ids;
    }

    private static String stripArticle(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(article)) {
                return n.substring(article.length());
            }
        }
        return n;
    }

    /** Head nouns folded together: "the Biden government" is "the Biden administration". */
    private static final Map<String, String> HEAD_SYNONYMS =
            WordList.loadMap(EntityRegistry.class, "words/organization-head-synonyms.tsv");

    /** The form organisation names merge by: folded, without article or dots, the head noun's synonym folded in. */
    private static String orgKey(String name) {
        String n = stripArticle(name).replace(".", "");
        int space = n.lastIndexOf(' ');
        if (space > 0) {
            String canonical = HEAD_SYNONYMS.get(n.substring(space + 1).toLowerCase(Locale.ROOT));
            if (canonical != null) {
                n = n.substring(0, space + 1) + canonical;
            }
        }
        return NameSimilarity.fold(n);
    }

    private static String acronymOf(String name) {
        List<String> t = tokens(stripArticle(name));
        if (t.size() < 2) {
            return "\u0000";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : t) {
            if (Character.isUpperCase(w.charAt(0))) {
                sb.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return sb.length() >= 2 ? sb.toString() : "\u0000";
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
