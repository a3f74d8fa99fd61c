/**
 * A test kit for every stage of the pipeline, reusable as Lucene's {@code BaseTokenStreamTestCase} is. Core
 * publishes it in its test-jar ({@code quotestance-core} with {@code <type>test-jar</type>}, test scope).
 *
 * <ul>
 *   <li>{@link org.quotestance.testkit.StageAssertions}: one static check per stage output type (offsets in bounds
 *       and reading back from the original text, spans sorted, ids that resolve), each failing with a message that
 *       names what is wrong.
 *   <li>Abstract contract tests, one per stage interface, each with a factory method for the implementation under
 *       test: {@link org.quotestance.testkit.QuoteFinderContract}, {@link org.quotestance.testkit.LanguageAnalyzerContract},
 *       {@link org.quotestance.testkit.SpeakerAttributorContract} and {@link org.quotestance.testkit.QuoteStanceContract}
 *       for the whole pipeline. They try empty text, plain text, {@link org.quotestance.testkit.NewsSnippets} and
 *       {@link org.quotestance.testkit.RandomText} (replay a failure with {@code -Dtests.seed=N}, run more texts with
 *       {@code -Dtests.multiplier=N}).
 *   <li>{@link org.quotestance.testkit.TaggedText}: a document written as {@code word/TAG/ENTITY} tokens, with its
 *       {@code CleanText}, {@code AnnotatedText} and a {@link org.quotestance.testkit.FixedAnalyzer}, so attribution
 *       rules are tested on chosen tags without CoreNLP; {@link org.quotestance.testkit.TinyFirstNames} and
 *       {@link org.quotestance.testkit.CrudeAnalyzer} stand in for CoreNLP's name list and tagger.
 * </ul>
 *
 * <pre>{@code
 * class MyFinderContractTest extends QuoteFinderContract {
 *     @Override
 *     protected QuoteFinder finder() {
 *         return new MyFinder();
 *     }
 * }
 * }</pre>
 */
package org.quotestance.testkit;
