package org.quotestance.entity;

import java.util.List;
import java.util.Objects;

/**
 * One speaker of a document: every mention of the same person or organisation, whatever the spelling.
 *
 * @param id      document-local id, {@code s1}, {@code s2}, ... in order of first attribution
 * @param name    the fullest name the document (or the roster) gives
 * @param aliases every other way the document names it ("Blinken", "Brinken"), without the name itself
 * @param type    person, organisation or other
 * @param role    the role from the caller's roster, or the empty string
 */
public record Speaker(String id, String name, List<String> aliases, SpeakerType type, String role) {

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return id + " " + name + " (" + type + (aliases.isEmpty() ? "" : ", also " + String.join(", ", aliases)) + ")";
    }
}
