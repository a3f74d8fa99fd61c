package org.quotestance;

import org.quotestance.testkit.QuoteStanceContract;

/** The default pipeline, on CoreNLP: few and short random texts, as each takes CoreNLP a while. */
class QuoteStanceContractTest extends QuoteStanceContract {

    private static final QuoteStance PIPELINE = QuoteStance.builder().build();

    @Override
    protected QuoteStance pipeline() {
        return PIPELINE;
    }

    @Override
    protected int randomIterations() {
        return 25;
    }

    @Override
    protected int randomMaxChars() {
        return 500;
    }

    @Override
    protected int threadRounds() {
        return 2;
    }
}
