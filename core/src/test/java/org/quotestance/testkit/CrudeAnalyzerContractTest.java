package org.quotestance.testkit;

import org.quotestance.nlp.LanguageAnalyzer;

class CrudeAnalyzerContractTest extends LanguageAnalyzerContract {

    @Override
    protected LanguageAnalyzer analyzer() {
        return new CrudeAnalyzer();
    }
}
