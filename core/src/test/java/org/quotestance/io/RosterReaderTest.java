package org.quotestance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.entity.RosterEntry;
import org.quotestance.entity.SpeakerType;

class RosterReaderTest {

    private final RosterReader reader = new RosterReader();

    @Test
    void readsEntriesWithDefaults() {
        List<RosterEntry> r = reader.parse("people.json", """
                [{"name": "Kenji Takamura", "aliases": ["K. Takamura"], "role": "Foreign Minister"},
                 {"name": "Nordic Wire", "type": "organization"}]""");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).type()).isEqualTo(SpeakerType.PERSON);
        assertThat(r.get(0).aliases()).containsExactly("K. Takamura");
        assertThat(r.get(1).type()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test
    void rejectsUnknownFieldByName() {
        assertThatThrownBy(() -> reader.parse("people.json", "[{\"name\": \"A\", \"nmae\": \"B\"}]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("people.json").hasMessageContaining("entry 1").hasMessageContaining("\"nmae\"");
    }

    @Test
    void rejectsEntryWithoutName() {
        assertThatThrownBy(() -> reader.parse("people.json", "[{\"name\": \"A\"}, {\"role\": \"x\"}]"))
                .hasMessageContaining("entry 2").hasMessageContaining("\"name\"");
    }

    @Test
    void rejectsBrokenJsonWithItsLine() {
        assertThatThrownBy(() -> reader.parse("people.json", "[\n{\"name\": }\n]"))
                .hasMessageContaining("people.json:2").hasMessageContaining("not valid JSON");
    }
}
