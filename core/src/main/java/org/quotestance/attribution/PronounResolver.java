package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.attribution.EntityRegistry.Entity;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.Gender;
import org.quotestance.nlp.Token;

/**
 * Resolves a pronoun to the most salient earlier entity that agrees with it: in the pronoun's own
 * sentence the nearest subject before it (else the nearest entity), in each earlier sentence within reach
 * a clause subject first; beyond the reach, "he" and "she" go to the person of that gender mentioned most
 * so far. Resolved subject pronouns are sightings too, so "Osei ... She took over from her father, Samuel ...
 * she said" stays with Osei. Per document; keeps the places where entities are mentioned, in text order.
 */
final class PronounResolver {

    /** How many sentences before its own a pronoun may look for its antecedent. End-to-end F1 on PolNeAR train / dev ({@code evaluate}) at this value: 83.3 / 84.7; at 3 and at 10: the same. */
    static final int SENTENCE_REACH = 6;

    /** A place where an entity is mentioned, for resolving later pronouns. */
    private record Sighting(int token, int sentence, Entity entity, boolean subject) {
    }

    private final List<Token> tokens;
    private final EntityRegistry registry;
    private final List<Sighting> sightings = new ArrayList<>();

    PronounResolver(List<Token> tokens, EntityRegistry registry) {
        this.tokens = tokens;
        this.registry = registry;
    }

    /** Records that {@code entity} is mentioned at token {@code token}, as a subject or not. */
    void sighted(int token, Entity entity, boolean subject) {
        Sighting g = new Sighting(token, tokens.get(token).sentence(), entity, subject);
        int at = sightings.size();
        while (at > 0 && sightings.get(at - 1).token > g.token) {
            at--;
        }
        sightings.add(at, g);
    }

    /** Whether an entity was recorded at token {@code token}. */
    boolean sightedAt(int token) {
        return sightings.stream().anyMatch(g -> g.token == token);
    }

    /** The most salient earlier entity the pronoun at token {@code at} can refer to; null if none. */
    Entity resolve(String pronoun, int at) {
        Gender wanted = switch (pronoun) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        boolean person = wanted != Gender.UNKNOWN;
        boolean it = pronoun.equals("it");
        boolean they = pronoun.equals("they");
        if (!person && !it && !they) {
            return null;
        }
        int sentence = tokens.get(at).sentence();
        for (int s = sentence; s >= Math.max(0, sentence - SENTENCE_REACH); s--) {
            Sighting best = null;
            for (Sighting g : sightings) {
                if (g.sentence != s || g.token >= at || !agrees(g.entity, wanted, person, they)) {
                    continue;
                }
                if (s == sentence) {
                    if (best == null || g.subject || !best.subject) {
                        best = g; // the nearest subject before the pronoun, else the nearest entity
                    }
                } else if (best == null || (g.subject && !best.subject)) {
                    best = g;
                }
            }
            if (best != null) {
                if (person) {
                    registry.setGender(best.entity, wanted);
                }
                return best.entity;
            }
        }
        return person ? mostMentioned(wanted, at) : null;
    }

    private static boolean agrees(Entity e, Gender wanted, boolean person, boolean they) {
        return person ? e.type() == SpeakerType.PERSON && e.gender() != opposite(wanted)
                : e.type() != SpeakerType.PERSON || they;
    }

    /** Beyond the reach: the person known to be of {@code wanted} gender sighted most before token {@code at}, the later on a tie. */
    private Entity mostMentioned(Gender wanted, int at) {
        // Sightings are in text order, so the entity that reaches the highest count last is the later on a tie.
        Map<Entity, Integer> counts = new HashMap<>();
        Entity best = null;
        int bestCount = 0;
        for (Sighting g : sightings) {
            if (g.token < at && g.entity.type() == SpeakerType.PERSON && g.entity.gender() == wanted) {
                int c = counts.merge(g.entity, 1, Integer::sum);
                if (c >= bestCount) {
                    best = g.entity;
                    bestCount = c;
                }
            }
        }
        return best;
    }

    private static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }
}
