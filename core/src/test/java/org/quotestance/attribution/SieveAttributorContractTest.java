package org.quotestance.attribution;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.quotestance.testkit.SpeakerAttributorContract;
import org.quotestance.testkit.TinyFirstNames;

class SieveAttributorContractTest extends SpeakerAttributorContract {

    private final SieveAttributor attributor = new SieveAttributor(List.of(), TinyFirstNames.common());

    @Override
    protected SpeakerAttributor attributor() {
        return attributor;
    }

    /**
     * Found by the random contract test (seed -2273900561964868391). A quote opened by an entity at the start of the
     * document starts (widened) before the first sentence, which begins at the decoded mark inside the entity;
     * DocumentRun.reportedSpeech finds the quote's sentence with {@code nlp.sentenceAt(quote.start())}, which is -1
     * there, so the sentence is not known to hold the quote and is reported as speech as well.
     */
    @Disabled("awaits a fix in DocumentRun.reportedSpeech (attribution package, being rewritten): look the sentence up by"
            + " the quote's content start, not its widened start")
    @Test
    void reportsNoSpeechInTheSentenceOfAQuoteOpenedByAnEntity() {
        attribute("&ldquo;We will rebuild the bridge,&rdquo; Lopez said.");
    }
}
