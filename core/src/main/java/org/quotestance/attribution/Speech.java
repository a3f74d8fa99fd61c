package org.quotestance.attribution;

import org.quotestance.attribution.EntityRegistry.Entity;

/**
 * A speaker as the text names it at one place: its mention and, where resolved, its entity.
 *
 * @param mention   the words naming the speaker
 * @param entity    the entity they resolve to; null for a pronoun with no antecedent
 * @param certainty how sure the resolution is, 0 to 1
 */
record Speech(Mention mention, Entity entity, double certainty) {
}
