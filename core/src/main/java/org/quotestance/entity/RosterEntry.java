package org.quotestance.entity;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation the caller knows about, so that mentions link to it.
 *
 * @param name        canonical name, for example "Antony Blinken"
 * @param aliases     other names to match, for example "Tony Blinken"
 * @param type        person or organisation
 * @param role        free text, for example "US Secretary of State"; may be empty
 * @param affiliation free text, for example "United States"; may be empty
 */
public record RosterEntry(String name, List<String> aliases, SpeakerType type, String role, String affiliation) {

    public RosterEntry {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("roster entry name is blank");
        }
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        role = role == null ? "" : role;
        affiliation = affiliation == null ? "" : affiliation;
    }

    public static RosterEntry person(String name, String... aliases) {
        return new RosterEntry(name, List.of(aliases), SpeakerType.PERSON, "", "");
    }
}
