package org.quotestance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotestance.quote.Quote;

/** Odd but valid text gives a sensible, possibly empty result and never an exception. */
class QuoteStanceContractTest {

    private final QuoteStance pipeline = QuoteStance.builder().build();

    @Test
    void returnsEmptyResultForEmptyText() {
        DocumentAnalysis a = pipeline.analyze("empty", "");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.speakers()).isEmpty();
    }

    @Test
    void returnsNoQuotesForPlainText() {
        assertThat(pipeline.analyze("plain", "The council met on Tuesday. It adjourned at noon.").quotes()).isEmpty();
    }

    @Test
    void neverThrowsOnMangledText() {
        Random random = new Random(7);
        String[] pieces = {"“", "”", "\"", "'", "’", "said", " he ", "Lopez", ",", ".", ":", "—", "\n\n", "<p>", "<",
                "p >", " the ", "Mr.", "(R-Ohio)", "according to", "?", "«", "»", "&quot;"};
        for (int n = 0; n < 150; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            DocumentAnalysis a = pipeline.analyze("random", text);
            for (Quote q : a.quotes()) {
                assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            }
            a.attributions().forEach(at -> assertThat(at.speakerId() == null || a.speaker(at.speakerId()).isPresent()).isTrue());
        }
    }
}
