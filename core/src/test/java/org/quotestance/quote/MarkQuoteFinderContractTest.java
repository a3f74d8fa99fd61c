package org.quotestance.quote;

import org.quotestance.testkit.QuoteFinderContract;

class MarkQuoteFinderContractTest extends QuoteFinderContract {

    private final MarkQuoteFinder finder = new MarkQuoteFinder();

    @Override
    protected QuoteFinder finder() {
        return finder;
    }
}
