package org.quotestance.corenlp;

import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.testkit.LanguageAnalyzerContract;

/** CoreNLP takes about a second a document here, so the random texts are few and short. */
class CoreNlpAnalyzerContractTest extends LanguageAnalyzerContract {

    @Override
    protected LanguageAnalyzer analyzer() {
        return CoreNlpAnalyzer.shared(true);
    }

    @Override
    protected int randomIterations() {
        return 6;
    }

    @Override
    protected int randomMaxChars() {
        return 400;
    }

    @Override
    protected int threadRounds() {
        return 2;
    }
}
