package org.quotestance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.DocumentAnalysis;
import org.quotestance.stance.Stance;

class CustomTopicsAndRosterTest {

    @Test
    void printsEachSpeakersRoleStanceAndEvidence() throws Exception {
        String printed = Capture.stdout(() -> CustomTopicsAndRoster.main(new String[0]));

        assertThat(printed)
                .containsPattern("(?m)^Lucia Ferreira \\(Mayor of Riverton\\) on Eastside tram: FAVOR (0\\.\\d\\d|1\\.00)$")
                .containsPattern("(?m)^Tomas Brandt \\(chair of the finance committee\\) on Eastside tram: AGAINST (0\\.\\d\\d|1\\.00)$")
                .contains("    \"The Eastside tram is the best investment this city can make.")
                .contains("    \"We cannot afford the Eastside tram.");
    }

    @Test
    void linksSurnamesToTheRosterAndFindsOpposingStances() {
        DocumentAnalysis result = CustomTopicsAndRoster.printStances(CustomTopicsAndRoster.topics(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.speakers()).extracting(s -> s.name() + " / " + s.role())
                .contains("Lucia Ferreira / Mayor of Riverton", "Tomas Brandt / chair of the finance committee");
        Stance mayor = result.stance("Ferreira", "eastside-tram").orElseThrow();
        Stance councillor = result.stance("Brandt", "eastside-tram").orElseThrow();
        assertThat(mayor.labelName()).isEqualTo("FAVOR");
        assertThat(councillor.labelName()).isEqualTo("AGAINST");
        assertThat(councillor.evidence()).isNotEmpty();
    }

    @Test
    void readsTheSameTopicFromAJsonFileGivenAsArgument(@TempDir Path dir) throws Exception {
        Path topics = dir.resolve("topics.json");
        Files.writeString(topics, """
                {"topics": [{"id": "eastside-tram", "label": "Eastside tram",
                             "target": "The tram line should be extended to the Eastside docks",
                             "aliases": ["Eastside tram", "tram extension", "Eastside line"],
                             "references": ["the extension", "the tram line"],
                             "examples": {"favor": ["Trams to the docks would cut traffic in the centre."],
                                          "against": ["The extension costs far too much for what it gives us."]}}]}
                """);

        String fromFile = Capture.stdout(() -> CustomTopicsAndRoster.main(new String[] {topics.toString()}));
        String fromCode = Capture.stdout(() -> CustomTopicsAndRoster.main(new String[0]));

        assertThat(fromFile).contains("on Eastside tram: FAVOR").isEqualTo(fromCode);
    }
}
