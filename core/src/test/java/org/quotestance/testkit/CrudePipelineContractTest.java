package org.quotestance.testkit;

import java.util.List;
import org.quotestance.QuoteStance;
import org.quotestance.attribution.SieveAttributor;
import org.quotestance.stance.StanceProbabilities;

/**
 * The whole pipeline, statements and stances included, on many random texts: the {@link CrudeAnalyzer} in place
 * of CoreNLP and a fixed stance distribution in place of the shipped model, so that it runs in seconds.
 */
class CrudePipelineContractTest extends QuoteStanceContract {

    private static final QuoteStance PIPELINE = QuoteStance.builder()
            .languageAnalyzer(new CrudeAnalyzer())
            .speakerAttributor(new SieveAttributor(List.of(), TinyFirstNames.common()))
            .stanceClassifier(input -> new StanceProbabilities(0.5, 0.25, 0.25))
            .build();

    @Override
    protected QuoteStance pipeline() {
        return PIPELINE;
    }
}
