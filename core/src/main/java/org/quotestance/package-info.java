/**
 * QuoteStance: finds quotations in news text and attributes them to their speakers. Start at
 * {@link org.quotestance.QuoteStance}.
 */
package org.quotestance;
