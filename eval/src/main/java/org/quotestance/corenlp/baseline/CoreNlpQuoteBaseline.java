package org.quotestance.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.quotestance.nlp.NlpBackendException;

/**
 * The reference pipeline users would otherwise run: Stanford CoreNLP's own quote extraction and quote
 * attribution ({@value #ANNOTATORS}) with CoreNLP's default settings. It exists for comparison only
 * (speed and output), and QuoteStance itself never calls it.
 *
 * <p>Loading takes tens of seconds and several gigabytes of heap; an instance is not thread-safe.
 */
public final class CoreNlpQuoteBaseline {

    /** The annotators, in CoreNLP's order; {@code quote} attributes speakers by default. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private CoreNlpQuoteBaseline(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    /**
     * Builds the CoreNLP pipeline and loads every model.
     *
     * @throws NlpBackendException when the models cannot be loaded
     */
    public static CoreNlpQuoteBaseline load() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        long t0 = System.nanoTime();
        try {
            StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
            return new CoreNlpQuoteBaseline(pipeline, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            throw new NlpBackendException("could not load the CoreNLP quote pipeline (is stanford-corenlp:models on the"
                    + " classpath?): " + e.getMessage(), e);
        }
    }

    /** Milliseconds {@link #load()} spent building the pipeline. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Runs the whole pipeline on one document.
     *
     * @throws NlpBackendException when CoreNLP fails on the text
     */
    public Result annotate(String text) {
        Annotation annotation = new Annotation(text);
        try {
            pipeline.annotate(annotation);
        } catch (RuntimeException e) {
            throw new NlpBackendException("CoreNLP failed on a text of " + text.length() + " chars: " + e, e);
        }
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> all = tokens == null ? List.of() : tokens;
        return new Result(all.size(), quotes == null ? List.of() : quotes.stream().map(q -> toQuote(q, all)).toList());
    }

    private static Quote toQuote(CoreMap q, List<CoreLabel> tokens) {
        Integer begin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer end = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class); // inclusive token index
        int mentionStart = -1;
        int mentionEnd = -1;
        if (begin != null && end != null && 0 <= begin && begin <= end && end < tokens.size()) {
            mentionStart = tokens.get(begin).beginPosition();
            mentionEnd = tokens.get(end).endPosition();
        }
        return new Quote(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                q.get(CoreAnnotations.TextAnnotation.class),
                q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
                q.get(QuoteAttributionAnnotator.MentionAnnotation.class), mentionStart, mentionEnd);
    }

    /**
     * What CoreNLP found in one document.
     *
     * @param tokens number of tokens
     * @param quotes top-level quotes in text order
     */
    public record Result(int tokens, List<Quote> quotes) {

        public Result {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * One quote as CoreNLP reports it.
     *
     * @param start        character offset of the opening quote mark
     * @param end          character offset just after the closing quote mark
     * @param text         the quote, marks included
     * @param speaker      the speaker mention CoreNLP attributed the quote to, or null when it assigned none
     * @param canonical    the canonical mention of that speaker's entity, or null when it has none
     * @param mention      the mention CoreNLP linked the quote to, or null
     * @param mentionStart character offset where that mention starts, or -1 when there is none
     * @param mentionEnd   character offset just after it, or -1
     */
    public record Quote(int start, int end, String text, String speaker, String canonical, String mention,
                        int mentionStart, int mentionEnd) {
    }
}
