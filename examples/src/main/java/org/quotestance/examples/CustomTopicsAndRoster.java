package org.quotestance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.entity.RosterEntry;
import org.quotestance.entity.Speaker;
import org.quotestance.entity.SpeakerType;
import org.quotestance.stance.Stance;
import org.quotestance.text.Span;
import org.quotestance.topic.Topic;
import org.quotestance.topic.TopicReader;

/**
 * Your own topics and a roster of known people: follow a local story (a tram line) instead of the built-in
 * topics, and give the speakers their roles; then print each speaker's stance with the statements behind it.
 * The topic is built in code here; {@code new TopicReader().read(path)} reads the same from a JSON file
 * (format in {@link TopicReader}), and {@code new RosterReader().read(path)} a roster.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -pl examples -am package
 * java -cp "examples/target/classes:$(cat examples/target/runtime-classpath.txt)" \
 *     org.quotestance.examples.CustomTopicsAndRoster                # topics.json as argument: its topics instead
 * </pre>
 */
public final class CustomTopicsAndRoster {

    /** A news story written for this example; fiction. */
    static final String ARTICLE = """
            Riverton council split over Eastside tram

            RIVERTON — The city council will vote next month on extending the tram line to the Eastside docks, \
            a plan that has divided the city's leaders.

            Mayor Lucia Ferreira said on Tuesday that the extension would "connect thousands of families to jobs \
            in the centre."

            "The Eastside tram is the best investment this city can make. Every week we wait, the traffic gets \
            worse," Ferreira told reporters outside City Hall.

            Councillor Tomas Brandt, who chairs the finance committee, said the council should scrap the tram \
            extension. "We cannot afford the Eastside tram. It would swallow money meant for schools and leave us \
            in debt for thirty years," Brandt said.

            He added that buses could serve the docks "for a fraction of the cost."

            Ferreira said the council would publish the full cost estimate before the vote.
            """;

    private CustomTopicsAndRoster() {
    }

    /** The topic this example follows: an id, a label, the target that FAVOR and AGAINST refer to, its names. */
    static List<Topic> topics() {
        return List.of(new Topic("eastside-tram", "Eastside tram",
                "The tram line should be extended to the Eastside docks",
                List.of("Eastside tram", "tram extension", "Eastside line"),          // aliases
                List.of(),                                                            // regular expressions
                List.of("the extension", "the tram line"),                            // references back to it
                List.of("Trams to the docks would cut traffic in the centre."),       // a FAVOR example
                List.of("The extension costs far too much for what it gives us.")));  // an AGAINST example
    }

    /** The people the article may quote, with their roles; "Ferreira" and "Brandt" link to them. */
    static List<RosterEntry> roster() {
        return List.of(
                new RosterEntry("Lucia Ferreira", List.of(), SpeakerType.PERSON, "Mayor of Riverton", "City of Riverton"),
                new RosterEntry("Tomas Brandt", List.of("Tom Brandt"), SpeakerType.PERSON,
                        "chair of the finance committee", "Riverton City Council"));
    }

    public static void main(String[] args) {
        List<Topic> topics = args.length > 0 ? new TopicReader().read(Path.of(args[0])) : topics();
        printStances(topics, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Analyzes {@link #ARTICLE} for {@code topics} with the roster and prints every speaker's stances. */
    static DocumentAnalysis printStances(List<Topic> topics, PrintStream out) {
        QuoteStance quoteStance = QuoteStance.builder().topics(topics).roster(roster()).build();
        DocumentAnalysis result = quoteStance.analyze("riverton-tram.txt", ARTICLE);
        Map<String, Topic> byId = topics.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        for (Stance stance : result.stances()) {
            Speaker speaker = result.speaker(stance.speakerId()).orElseThrow();
            Topic topic = byId.get(stance.topic());
            out.printf("%s (%s) on %s: %s %.2f%n", speaker.name(), speaker.role().isEmpty() ? "no role" : speaker.role(),
                    topic.label(), stance.labelName(), stance.confidence());
            for (Span evidence : stance.evidence()) {
                out.println("    " + evidence.textOf(result.text()).replaceAll("\\s+", " "));
            }
        }
        return result;
    }
}
