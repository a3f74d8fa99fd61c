package org.quotestance.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotestance.text.CleanText;
import org.quotestance.text.TextCleaner;

class TopicMatcherTest {

    private static final Topic PIPELINE = new Topic("pipeline", "Baltic Link", "The Baltic Link pipeline should be built",
            List.of("Baltic Link", "Ostsee-Leitung"), List.of("\\bBL-?2\\b"), List.of("the pipeline", "the project"),
            List.of(), List.of());
    private static final Topic FERRY = new Topic("ferry", "Ferry", "The ferry should keep running", List.of("ferry", "ferries"),
            List.of(), List.of("the project", "the service"), List.of(), List.of());

    private final TopicMatcher matcher = new TopicMatcher(List.of(PIPELINE, FERRY));

    private TopicMatcher.Matches match(String text) {
        return matcher.match(new TextCleaner().clean(text));
    }

    @Test
    void matchesAliasesAcrossSpacesHyphensCaseAndPatterns() {
        TopicMatcher.Matches m = match("The baltic-link deal and the Ostsee Leitung, also BL2, and BalticLink.\n");
        assertThat(m.mentions()).extracting(TopicMention::how).containsExactly(
                TopicMention.How.ALIAS, TopicMention.How.ALIAS, TopicMention.How.PATTERN, TopicMention.How.ALIAS);
        assertThat(m.mentions()).allSatisfy(x -> assertThat(x.topic()).isEqualTo("pipeline"));
    }

    @Test
    void resolvesReferencesOnlyAfterANearbyMention() {
        String text = "The pipeline was discussed first.\n\nBaltic Link is late. Critics say the project is doomed.\n\n"
                + "Ferries ran late.\n\nThe pipeline, the minister said, is fine.\n";
        TopicMatcher.Matches m = match(text);
        List<TopicMention> refs = m.mentions().stream().filter(x -> x.how() == TopicMention.How.REFERENCE).toList();
        assertThat(refs).hasSize(2);
        assertThat(text.substring(refs.get(0).span().start(), refs.get(0).span().end())).isEqualTo("the project");
        assertThat(refs.get(1).span().start()).isGreaterThan(text.indexOf("Ferries"));
        assertThat(refs).allSatisfy(r -> assertThat(r.topic()).isEqualTo("pipeline"));
    }

    @Test
    void aReferenceReachesTwoParagraphsBackAndNoFurther() {
        String text = "Baltic Link was signed.\n\nOne.\n\nThe project is late.\n\nTwo.\n\nThree.\n\nThe project is cheap.\n";
        List<TopicMention> refs = match(text).mentions().stream().filter(x -> x.how() == TopicMention.How.REFERENCE).toList();
        assertThat(refs).singleElement().satisfies(r -> assertThat(r.span().start()).isEqualTo(text.indexOf("The project is late")));
    }

    @Test
    void aReferenceSharedByTwoTopicsGoesToTheOneNamedLast() {
        String text = "Baltic Link and the ferry were on the agenda; the project was cheaper.\n";
        assertThat(match(text).mentions().stream().filter(x -> x.how() == TopicMention.How.REFERENCE))
                .singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo("ferry"));
    }

    @Test
    void aHeadingSetsTheTopicOfTheParagraphsUnderItButATitleDoesNot() {
        CleanText clean = new TextCleaner().clean("Baltic Link talks resume\n\nThe harbour reopened on Monday.\n\n"
                + "——The fight over Baltic Link\n\nMinisters argued all night.\n\nNobody slept.\n\n——Other matters\n\n"
                + "The ferry was late.\n");
        TopicMatcher.Matches m = matcher.match(clean);
        List<Set<String>> topics = m.sectionTopics();
        assertThat(clean.paragraphs().get(0).heading()).isTrue();
        assertThat(clean.paragraphs().get(2).heading()).isTrue();
        assertThat(topics.get(1)).as("under the title").isEmpty();
        assertThat(topics.get(3)).containsExactly("pipeline");
        assertThat(topics.get(4)).containsExactly("pipeline");
        assertThat(topics.get(6)).isEmpty();
    }
}
