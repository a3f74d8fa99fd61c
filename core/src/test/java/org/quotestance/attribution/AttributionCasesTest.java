package org.quotestance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.entity.Speaker;
import org.quotestance.quote.Quote;

/** One short text per cue pattern: the quote must go to the expected speaker (with real CoreNLP tags). */
class AttributionCasesTest {

    private static QuoteStance pipeline;

    @BeforeAll
    static void load() {
        pipeline = QuoteStance.builder().build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            subject before verb        | Maria Lopez, the mayor of Springfield, arrived early. Lopez said, “We will rebuild the bridge.” | Maria Lopez | SAME_SENTENCE
            verb before subject        | “We will rebuild the bridge,” said Maria Lopez, the mayor of Springfield.                       | Maria Lopez | SAME_SENTENCE
            appositive                 | Maria Lopez, a former engineer, said “the bridge is safe” on Monday.                             | Maria Lopez | SAME_SENTENCE
            party affiliation          | “The bill is dead,” Sen. Tom Harlan (R-Ohio) said on Friday.                                      | Tom Harlan | SAME_SENTENCE
            colon lead-in              | Tom Harlan: “The bill is dead and everyone in this building knows it.”                            | Tom Harlan | LEAD_IN
            dash attribution           | “The bill is dead and everyone knows it.” ― Tom Harlan                                             | Tom Harlan | LEAD_IN
            according to               | The plan is “dead on arrival”, according to Senator Tom Harlan.                                    | Tom Harlan | SAME_SENTENCE
            pronoun                    | Maria Lopez visited the site on Monday. She said, “We will rebuild the bridge.”                   | Maria Lopez | SAME_SENTENCE
            question then cue          | “Who will pay for the bridge?” Lopez asked. Maria Lopez is the mayor.                               | Maria Lopez | SPEECH_FRAME
            organisation               | The Springfield Gazette reported that the council was “deeply divided” over the bridge.            | Springfield Gazette | SAME_SENTENCE
            participle after clause    | Maria Lopez, a former engineer and council member, hit back at the critics on Monday, writing, “The numbers speak for themselves.” | Maria Lopez | SAME_SENTENCE
            subject with a participle  | Protesters gathering outside the courthouse chanted “Open the doors!” until noon.                  | Protesters | SAME_SENTENCE
            coordinated verb           | Maria Lopez walked to the podium and joked, “I brought my own hard hat.”                          | Maria Lopez | SAME_SENTENCE
            participle after preposition | Maria Lopez ended the meeting by saying “Enough talk.”                                          | Maria Lopez | SAME_SENTENCE
            colon after a clause       | Maria Lopez has since apologized for the delay: “We should have told residents sooner.”           | Maria Lopez | LEAD_IN
            colon after a named object | The delay does not surprise the engineer Maria Lopez: “The council never funded the survey.”     | Maria Lopez | LEAD_IN
            relative pronoun           | Maria Lopez, who told the council about the budget, added: “Every cent is accounted for.”         | Maria Lopez | SAME_SENTENCE
            one-word answer            | “Absolutely,” Lopez said when asked about the bridge.                                               | Lopez | SAME_SENTENCE
            any verb after the quote   | “You have broken every promise you made to this town,” Kowalczyk charged at the hearing.       | Kowalczyk | SPEECH_FRAME
            inverted unusual verb      | “The bridge is a disgrace,” opined the Springfield Gazette.                                        | Springfield Gazette | SPEECH_FRAME
            participle after a clause with a name | In a statement released Friday, Sen. Tom Harlan (R-Ohio) reacted to the vote, saying: “This is a sad day.” | Tom Harlan | SAME_SENTENCE
            time word before the verb  | Lopez later Thursday told reporters: “The bridge opens in May.”                                     | Lopez | SAME_SENTENCE
            participle after an object | Maria Lopez sent a letter to residents saying “The bridge opens in May.”                          | Maria Lopez | SAME_SENTENCE
            previous sentence          | Maria Lopez said the work would start soon. “We have waited long enough.”                           | Maria Lopez | PREVIOUS_SENTENCE
            characterizing verb at a distance | Maria Lopez called the contractor's latest excuse for the delay “insulting.”                  | Maria Lopez | SAME_SENTENCE
            described as               | Tom Harlan described the mayor's bridge plan as a “costly fantasy.”                                 | Tom Harlan | SAME_SENTENCE
            participle of any verb after a comma | Maria Lopez went after the contractor on Monday, calling him “a total disgrace.”       | Maria Lopez | SAME_SENTENCE
            mocked for                 | Tom Harlan mocked the mayor for “building bridges to nowhere.”                                       | Tom Harlan | SAME_SENTENCE
            pronoun past a kinship apposition | Maria Lopez runs the shelter. She took over from her father, Samuel, in 2015. “We had to turn people away,” she said. | Maria Lopez | SAME_SENTENCE
            the letter read            | Lorna Fitch wrote to every shop on the street in the spring. “The boat belongs to all of us,” the letter read. | Lorna Fitch | SPEECH_FRAME
            her email read             | Her daughter, Bethan Price, wrote to the association in March. “Mum will not ask for help,” her email read. | Bethan Price | SPEECH_FRAME
            plural verb before coordinated names | “We disagree with every word of it,” reply Dana Cole and Lee Park, the authors of the study. | Dana Cole | SAME_SENTENCE
            words of after the quote   | “We will rebuild the bridge by the spring.” Those were the words of Maria Lopez on Monday.           | Maria Lopez | NEXT_SENTENCE
            description from an apposition, politics | Ruth Calloway, a Democrat from Minnesota, opposed the measure. “This budget guts rural hospitals,” the Minnesota Democrat said. | Ruth Calloway | SAME_SENTENCE
            description from a title, wire | Gov. Helen Marsh signed the order on Friday. “Nobody should lose a home over a paperwork error,” the governor told reporters. | Helen Marsh | SAME_SENTENCE
            description from an age, sport | Leeds signed Tomas Varga, a 27-year-old winger from Szeged, on Tuesday. “I came here to win trophies,” said the new winger. | Tomas Varga | SAME_SENTENCE
            description of a firm, business wire | Brantwood Industries Inc., a Toronto steelmaker, cut 400 jobs on Monday. “The cuts are painful but necessary,” the steelmaker said in a statement. | Brantwood Industries Inc. | SAME_SENTENCE
            description by an age, wire | Police arrested Daniel Okafor, 42, at his home in Leeds on Sunday. “I did nothing wrong,” the 42-year-old told reporters. | Daniel Okafor | SAME_SENTENCE
            description from a party parenthetical | Sen. Ruth Calloway (D-Ohio) voted against the bill. “This bill hands the banks everything,” the Ohio Democrat said. | Ruth Calloway | SAME_SENTENCE
""")
    void attributesQuoteToItsSpeaker(String pattern, String text, String expected, AttributionRule rule) {
        DocumentAnalysis result = pipeline.analyze(pattern, text);
        Quote first = result.quotes().get(0);
        assertThat(result.speakerOf(first).map(Speaker::name)).as(text).contains(expected);
        assertThat(result.attributionOf(first).map(Attribution::rule)).as("rule for: " + text).contains(rule);
    }

    @org.junit.jupiter.api.Test
    void everyEpithetInAListGoesToWhoeverCalledThem() {
        String text = "Tom Harlan called the mayor a “spendthrift” who is “out of touch,” a “showman” and a “danger to this town.”";
        DocumentAnalysis result = pipeline.analyze("list", text);
        assertThat(result.quotes()).hasSize(4)
                .allSatisfy(q -> assertThat(result.speakerOf(q).map(Speaker::name)).as(q.text(text)).contains("Tom Harlan"));
    }

    @org.junit.jupiter.api.Test
    void aCharacterizingVerbInAnotherClauseDoesNotFrameTheQuote() {
        String text = "Tom Harlan called the meeting to order, but the room was soon full of “concerned citizens.”";
        DocumentAnalysis result = pipeline.analyze("clause", text);
        assertThat(result.quotes()).singleElement()
                .satisfies(q -> assertThat(result.speakerOf(q)).as(q.text(text)).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            continuation paragraph | Maria Lopez spoke after the vote. “We have waited long enough,” Lopez said.\\n\\n“Now the work starts. Nobody will be left behind.” | CONTINUATION
            dash paragraph         | The mayor closed with a promise.\\n\\n“We will finish the bridge before winter.”\\n\\n— Maria Lopez                              | DASH_CREDIT
            colon paragraph        | Lopez continued:\\n\\n“Now the work starts. Nobody will be left behind.”                                                        | COLON_PARAGRAPH
            """)
    void carriesTheSpeakerIntoTheNextParagraph(String pattern, String text, AttributionRule rule) {
        String full = "Maria Lopez is the mayor of Springfield. " + text.replace("\\n", "\n");
        DocumentAnalysis result = pipeline.analyze(pattern, full);
        Quote last = result.quotes().get(result.quotes().size() - 1);
        assertThat(result.speakerOf(last).map(Speaker::name)).as(full).contains("Maria Lopez");
        assertThat(result.attributionOf(last).map(Attribution::rule)).as("rule for: " + full).contains(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            quote paragraph after a long tail | “The pool reopens in June,” said Adeyemi, whose department runs the site on the river.\\n\\n“Before that we need two more inspections and a new pump.” | Adeyemi | QUOTE_PARAGRAPH
            after a told-clients paragraph    | Rates will not move, Ines Varga, an economist at a credit union, told members in a letter on Tuesday.\\n\\n“We expect them to stay where they are for most of the year.” | Ines Varga | QUOTE_PARAGRAPH
            after reported speech             | Okonjo said the new rules leave renters with nowhere to turn.\\n\\n“You sign the lease, or you find somewhere else to live.” | Okonjo | QUOTE_PARAGRAPH
            third of a chain                  | “We start on Monday,” Okonjo said on Friday at the depot in the north of the city.\\n\\n“The first crews go to the east side of town.”\\n\\n“The rest follow a week later, weather permitting.” | Okonjo | CONTINUATION
            another speaker intervenes        | “We start on Monday,” Okonjo said. Lars Berg, her deputy, said the schedule was tight.\\n\\n“We will need every crew we have, and then some.” | Lars Berg | QUOTE_PARAGRAPH
            after a reopened quote            | Okonjo said the plan was late.\\n\\n“We tried everything we could think of\\n\\n“and nothing worked out for us in the end.”\\n\\n“Now we are going to start over from scratch.” | Okonjo | QUOTE_PARAGRAPH
            without its final period          | “The line will open in May,” said Okafor, whose office oversees the tender for the province.\\n\\n“After that, the contracts go to the province for its approval” | Okafor | QUOTE_PARAGRAPH
            """)
    void aQuoteParagraphContinuesWhoeverSpokeLast(String pattern, String text, String expected, AttributionRule rule) {
        String full = "The council met on Tuesday. " + text.replace("\\n", "\n");
        DocumentAnalysis result = pipeline.analyze(pattern, full);
        Quote last = result.quotes().get(result.quotes().size() - 1);
        assertThat(result.speakerOf(last).map(Speaker::name)).as(full).contains(expected);
        assertThat(result.attributionOf(last).map(Attribution::rule)).as("rule for: " + full).contains(rule);
    }
}
