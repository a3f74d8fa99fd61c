package org.quotestance.attribution;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.quotestance.testkit.AttributionSieveContract;
import org.quotestance.testkit.TaggedText;

/** Each default sieve alone, on its own pattern and on a near miss, with no CoreNLP loaded. */
class SieveContractTests {

    private static TaggedText t(String tagged) {
        return TaggedText.parse(tagged);
    }

    private static final String LEAD = "Maria/NNP/PERSON Lopez/NNP/PERSON is/VBZ the/DT mayor/NN ./. ¶ ";

    @Nested
    class SameSentenceCue extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new SameSentenceCueSieve(); }
        @Override protected TaggedText firing() {
            return t("Lopez/NNP/PERSON said/VBD ,/, “/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/''");
        }
        @Override protected String expectedMention() { return "Lopez"; }
        @Override protected TaggedText nearMiss() {
            return t(LEAD + "Lopez/NNP/PERSON said/VBD so/RB ./. ¶ “/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/''");
        }
    }

    @Nested
    class AnyVerbFrame extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new AnyVerbFrameSieve(); }
        @Override protected TaggedText firing() {
            return t("“/`` You/PRP broke/VBD every/DT promise/NN ,/, ”/'' Kowalczyk/NNP/PERSON charged/VBD ./.");
        }
        @Override protected String expectedMention() { return "Kowalczyk"; }
        @Override protected TaggedText nearMiss() {
            // No comma closes the quote: a name in quote marks, then a new clause.
            return t("“/`` Nord/NNP Stream/NNP ”/'' Kowalczyk/NNP/PERSON charged/VBD ./.");
        }
    }

    @Nested
    class LeadIn extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new LeadInSieve(); }
        @Override protected TaggedText firing() {
            return t("Harlan/NNP/PERSON :/: “/`` The/DT bill/NN is/VBZ dead/JJ ./. ”/''");
        }
        @Override protected String expectedMention() { return "Harlan"; }
        @Override protected TaggedText nearMiss() {
            return t("Harlan/NNP/PERSON ,/, “/`` The/DT bill/NN is/VBZ dead/JJ ./. ”/''");
        }
    }

    @Nested
    class DashParagraph extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new DashParagraphSieve(); }
        @Override protected TaggedText firing() {
            return t(LEAD + "“/`` We/PRP will/MD finish/VB the/DT bridge/NN before/IN winter/NN ./. ”/'' ¶ —/: Maria/NNP/PERSON Lopez/NNP/PERSON");
        }
        @Override protected String expectedMention() { return "Maria Lopez"; }
        @Override protected TaggedText nearMiss() {
            return t(LEAD + "“/`` We/PRP will/MD finish/VB the/DT bridge/NN before/IN winter/NN ./. ”/'' ¶ Maria/NNP/PERSON Lopez/NNP/PERSON");
        }
    }

    @Nested
    class NextSentence extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new NextSentenceSieve(); }
        @Override protected TaggedText firing() {
            return t("“/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/'' Those/DT were/VBD the/DT words/NNS of/IN"
                    + " Maria/NNP/PERSON Lopez/NNP/PERSON ./.");
        }
        @Override protected String expectedMention() { return "Maria Lopez"; }
        @Override protected TaggedText nearMiss() {
            // The pointer stands too far into the next sentence to point back.
            return t("“/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ./. ”/'' Those/DT were/VBD ,/, as/IN everyone/NN"
                    + " in/IN town/NN knew/VBD ,/, the/DT words/NNS of/IN Maria/NNP/PERSON Lopez/NNP/PERSON ./.");
        }
    }

    @Nested
    class PreviousSentence extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new PreviousSentenceSieve(); }
        @Override protected TaggedText firing() {
            return t("Lopez/NNP/PERSON said/VBD the/DT work/NN would/MD start/VB soon/RB ./. “/`` We/PRP have/VBP"
                    + " waited/VBN long/RB enough/RB ./. ”/''");
        }
        @Override protected String expectedMention() { return "Lopez"; }
        @Override protected TaggedText nearMiss() {
            // A fragment continuing the sentence is no sentence of its own.
            return t("Lopez/NNP/PERSON said/VBD the/DT work/NN would/MD start/VB soon/RB ./. It/PRP was/VBD a/DT"
                    + " “/`` long/JJ wait/NN ”/'' ./.");
        }
    }

    @Nested
    class ColonParagraph extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new ColonParagraphSieve(); }
        @Override protected TaggedText firing() {
            return t("Maria/NNP/PERSON Lopez/NNP/PERSON is/VBZ the/DT mayor/NN ./. Lopez/NNP/PERSON continued/VBD :/: ¶"
                    + " “/`` Now/RB the/DT work/NN starts/VBZ ./. Nobody/NN will/MD be/VB left/VBN behind/RB ./. ”/''");
        }
        @Override protected String expectedMention() { return "Lopez"; }
        @Override protected TaggedText nearMiss() {
            return t("Maria/NNP/PERSON Lopez/NNP/PERSON is/VBZ the/DT mayor/NN ./. Lopez/NNP/PERSON continued/VBD ./. ¶"
                    + " “/`` Now/RB the/DT work/NN starts/VBZ ./. Nobody/NN will/MD be/VB left/VBN behind/RB ./. ”/''");
        }
    }

    @Nested
    class Continuation extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new ContinuationSieve(); }
        @Override protected List<AttributionSieve> sievesBefore() { return List.of(new SameSentenceCueSieve()); }
        @Override protected TaggedText firing() {
            return t("“/`` We/PRP have/VBP waited/VBN long/RB enough/RB ,/, ”/'' Lopez/NNP/PERSON said/VBD ./. ¶"
                    + " “/`` Now/RB the/DT work/NN starts/VBZ ./. Nobody/NN will/MD be/VB left/VBN behind/RB ./. ”/''");
        }
        @Override protected String expectedMention() { return "Lopez"; }
        @Override protected TaggedText nearMiss() {
            // The first quote's paragraph goes on well past it.
            return t("“/`` We/PRP have/VBP waited/VBN long/RB enough/RB ,/, ”/'' Lopez/NNP/PERSON said/VBD on/IN"
                    + " Monday/NNP at/IN the/DT council/NN meeting/NN in/IN the/DT old/JJ town/NN hall/NN ./. ¶"
                    + " “/`` Now/RB the/DT work/NN starts/VBZ ./. Nobody/NN will/MD be/VB left/VBN behind/RB ./. ”/''");
        }
    }

    @Nested
    class QuoteParagraph extends AttributionSieveContract {
        @Override protected AttributionSieve sieve() { return new QuoteParagraphSieve(); }
        @Override protected TaggedText firing() {
            return t("Mendes/NNP/PERSON said/VBD the/DT rules/NNS leave/VBP tenants/NNS with/IN no/DT recourse/NN ./. ¶"
                    + " “/`` You/PRP sign/VBP ,/, or/CC you/PRP leave/VBP ,/, and/CC nobody/NN asks/VBZ which/WDT ./. ”/''");
        }
        @Override protected String expectedMention() { return "Mendes"; }
        @Override protected TaggedText nearMiss() {
            // A short quote on a line of its own is a subheading, not the speaker going on.
            return t("Mendes/NNP/PERSON said/VBD the/DT rules/NNS leave/VBP tenants/NNS with/IN no/DT recourse/NN ./. ¶"
                    + " “/`` No/DT recourse/NN ./. ”/''");
        }
    }
}
