package org.quotestance.attribution;

import java.util.List;
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
     * reported speech looked the quote's sentence up with {@code nlp.sentenceAt(quote.start())}, which is -1 there,
     * so the sentence was not known to hold the quote and was reported as speech as well. It now looks it up by
     * the quote's content.
     */
    @Test
    void reportsNoSpeechInTheSentenceOfAQuoteOpenedByAnEntity() {
        attribute("&ldquo;We will rebuild the bridge,&rdquo; Lopez said.");
    }
}
