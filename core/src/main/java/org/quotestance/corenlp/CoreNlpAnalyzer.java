package org.quotestance.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.nlp.NlpBackendException;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.text.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LanguageAnalyzer} backed by Stanford CoreNLP: tokenizer, sentence splitter, part-of-speech tagger
 * and one CRF named-entity model. SUTime, numeric classifiers and fine-grained NER rules are off; they
 * cost seconds of loading and nothing here reads them.
 *
 * <p>Models load once per JVM and per configuration ({@link #shared}); the instance is thread-safe.
 * Every newline ends a sentence: callers pass text whose paragraphs are lines.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
    private static final Map<Boolean, CoreNlpAnalyzer> SHARED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP pipeline;
    private final boolean entities;

    private CoreNlpAnalyzer(boolean entities) {
        this.entities = entities;
        Properties props = new Properties();
        props.setProperty("annotators", entities ? "tokenize,ssplit,pos,ner" : "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "en");
        // Control and private-use characters are kept as tokens silently instead of a warning each.
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        long t0 = System.nanoTime();
        try {
            this.pipeline = new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new NlpBackendException("could not load the CoreNLP models (is stanford-corenlp:models on the classpath?): "
                    + e.getMessage(), e);
        }
        LOG.debug("CoreNLP {} loaded in {} ms", props.getProperty("annotators"), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The analyzer for this JVM, loaded on first use.
     *
     * @param entities whether to run the named-entity recogniser
     */
    public static CoreNlpAnalyzer shared(boolean entities) {
        return SHARED.computeIfAbsent(entities, CoreNlpAnalyzer::new);
    }

    public boolean recognisesEntities() {
        return entities;
    }

    @Override
    public AnnotatedText analyze(String text) {
        if (text.isBlank()) {
            return new AnnotatedText(text, List.of(), List.of());
        }
        Annotation annotation = new Annotation(text);
        try {
            pipeline.annotate(annotation);
        } catch (RuntimeException e) {
            throw new NlpBackendException("CoreNLP failed on a text of " + text.length() + " chars: " + e, e);
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap cs : coreSentences) {
            int first = tokens.size();
            for (CoreLabel label : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = label.beginPosition();
                int end = Math.max(begin, label.endPosition());
                String ner = label.ner();
                tokens.add(new Token(new Span(begin, end), label.word(), nonNull(label.tag(), "X"),
                        EntityType.of(ner), tokens.size(), sentences.size()));
            }
            if (tokens.size() > first) {
                Span span = new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end());
                sentences.add(new Sentence(span, sentences.size(), first, tokens.size()));
            }
        }
        return new AnnotatedText(text, tokens, sentences);
    }

    private static String nonNull(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
