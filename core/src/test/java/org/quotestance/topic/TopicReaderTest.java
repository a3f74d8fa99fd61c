package org.quotestance.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.io.InvalidInputException;

class TopicReaderTest {

    private final TopicReader reader = new TopicReader();

    @Test
    void readsTheBuiltInTopicsWithTargetsAndExamples() {
        List<Topic> topics = TopicReader.builtIn();
        assertThat(topics).extracting(Topic::id).containsExactly("arctic", "nord-stream-2", "diplomats");
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.target()).isNotBlank();
            assertThat(t.favor()).isNotEmpty();
            assertThat(t.against()).isNotEmpty();
        });
    }

    @Test
    void readsAMinimalTopic() {
        List<Topic> topics = reader.parse("t.json", "{\"topics\": [{\"id\": \"ferry\", \"label\": \"Ferry\","
                + " \"target\": \"The ferry should keep running\", \"patterns\": [\"(?i)ferr(y|ies)\"]}]}");
        assertThat(topics).singleElement().satisfies(t -> {
            assertThat(t.aliases()).isEmpty();
            assertThat(t.patterns()).containsExactly("(?i)ferr(y|ies)");
        });
    }

    @Test
    void namesTheFileLineAndFieldOfAMissingTarget() {
        String json = "{\"topics\": [\n"
                + "  {\"id\": \"a\", \"label\": \"A\", \"target\": \"A is good\", \"aliases\": [\"A\"]},\n"
                + "  {\"id\": \"b\", \"label\": \"B\",\n"
                + "   \"aliases\": [\"B\"]}\n"
                + "]}";
        assertThatThrownBy(() -> reader.parse("topics.json", json)).isInstanceOf(InvalidInputException.class)
                .hasMessage("topics.json:3: topics[1]: field \"target\" is missing");
    }

    @Test
    void namesTheLineOfABadPatternAnUnknownFieldAndADuplicateId() {
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"target\": \"T\",\n"
                + "\"patterns\": [\"(unclosed\"]}]}"))
                .hasMessageStartingWith("t.json:2: topics[0].patterns[0]: not a valid regular expression");
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"target\": \"T\",\n"
                + " \"aliases\": [\"A\"],\n \"alias\": [\"B\"]}]}"))
                .hasMessageStartingWith("t.json:3: topics[0].alias: unknown field");
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"target\": \"T\", \"aliases\": [\"A\"]},\n"
                + "{\"id\": \"a\", \"label\": \"B\", \"target\": \"T\", \"aliases\": [\"B\"]}]}"))
                .hasMessage("t.json:2: topics[1].id: duplicate id \"a\"");
    }

    @Test
    void reportsJsonThatDoesNotParseWithItsLine() {
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [\n{\"id\": \"a\",,}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("t.json:2: not valid JSON");
        assertThatThrownBy(() -> reader.parse("t.json", "[]")).hasMessageContaining("must be an object");
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"target\": \"T\", \"aliases\": [\"—\"]}]}"))
                .hasMessageContaining("topics[0].aliases[0]").hasMessageContaining("no letter or digit");
        assertThatThrownBy(() -> reader.parse("t.json", "{\"topics\": [{\"id\": \"A B\", \"label\": \"A\", \"target\": \"T\", \"aliases\": [\"A\"]}]}"))
                .hasMessageContaining("topics[0].id").hasMessageContaining("lower-case");
    }
}
