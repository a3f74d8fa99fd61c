package org.quotestance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.stance.StanceClassifier;
import org.quotestance.stance.Statement;
import org.quotestance.stance.StatementExtractor;
import org.quotestance.topic.Topic;
import org.quotestance.topic.TopicReader;
import java.util.Objects;
import org.quotestance.attribution.AttributedQuotes;
import org.quotestance.attribution.AttributionSieve;
import org.quotestance.attribution.AttributionSieves;
import org.quotestance.attribution.SieveAttributor;
import org.quotestance.attribution.SpeakerAttributor;
import org.quotestance.corenlp.CoreNlpAnalyzer;
import org.quotestance.corenlp.CoreNlpFirstNames;
import org.quotestance.entity.RosterEntry;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.LanguageAnalyzer;
import org.quotestance.quote.MarkQuoteFinder;
import org.quotestance.quote.QuoteFinder;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.TextCleaner;

/**
 * The QuoteStance pipeline: clean the text, find the quotes, tag the text, attribute the quotes.
 *
 * <pre>{@code
 * QuoteStance qs = QuoteStance.builder().build();           // loads CoreNLP models once per JVM
 * DocumentAnalysis result = qs.analyze("article.txt", text);
 * }</pre>
 *
 * <p>Built once and immutable; {@link #analyze} is thread-safe, so one instance can serve many threads.
 * The CoreNLP models load on the first {@code build()} of the JVM (a few seconds) and are shared by every
 * instance after that.
 */
public final class QuoteStance {

    private final TextCleaner cleaner;
    private final QuoteFinder finder;
    private final LanguageAnalyzer analyzer;
    private final SpeakerAttributor attributor;
    private final StatementExtractor statements;

    private QuoteStance(Builder b) {
        this.cleaner = new TextCleaner();
        this.finder = b.finder;
        this.analyzer = b.analyzer != null ? b.analyzer : CoreNlpAnalyzer.shared(true);
        this.attributor = b.attributor != null ? b.attributor
                : new SieveAttributor(b.roster, CoreNlpFirstNames.shared(),
                        b.sieves != null ? b.sieves : AttributionSieves.defaults());
        this.statements = new StatementExtractor(b.topics != null ? b.topics : TopicReader.builtIn(),
                b.stanceClassifier != null ? b.stanceClassifier
                        : ShippedModels.lazyStanceClassifier()); // loads on the first topical statement
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds and attributes every quote of {@code text}. Odd but valid text (empty, no quotes, broken quote
     * marks, HTML residue) gives a possibly empty result, never an exception.
     *
     * @param document a name for the document, echoed in the result
     * @param text     the document text; spans in the result are UTF-16 offsets into it
     * @throws org.quotestance.nlp.NlpBackendException when the NLP backend fails
     */
    public DocumentAnalysis analyze(String document, String text) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        CleanText clean = cleaner.clean(text);
        List<QuoteSpan> spans = finder.find(clean);
        AnnotatedText nlp = analyzer.analyze(clean.working());
        AttributedQuotes result = attributor.attribute(clean, nlp, spans);
        List<Statement> said = statements.extract(clean, nlp, result);
        Map<String, String> names = new LinkedHashMap<>();
        result.speakers().forEach(s -> names.put(s.id(), s.name()));
        return new DocumentAnalysis(document, text, result.quotes(), result.attributions(), result.speakers(), said,
                statements.aggregate(said, names));
    }

    /** The topics whose stances this pipeline reports. */
    public List<Topic> topics() {
        return statements.topics();
    }

    /** Configures a {@link QuoteStance}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final List<RosterEntry> roster = new ArrayList<>();
        private QuoteFinder finder = new MarkQuoteFinder();
        private LanguageAnalyzer analyzer;
        private SpeakerAttributor attributor;
        private List<AttributionSieve> sieves;
        private List<Topic> topics;
        private StanceClassifier stanceClassifier;

        private Builder() {
        }

        /** The topics to report stances on, instead of the built-in set ({@link TopicReader#builtIn()}). */
        public Builder topics(List<Topic> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        /** Replaces the shipped stance model. */
        public Builder stanceClassifier(StanceClassifier classifier) {
            this.stanceClassifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** Known people and organisations; mentions that match a name or alias link to them. */
        public Builder roster(List<RosterEntry> entries) {
            roster.addAll(entries);
            return this;
        }

        public Builder quoteFinder(QuoteFinder quoteFinder) {
            this.finder = Objects.requireNonNull(quoteFinder, "quoteFinder");
            return this;
        }

        /** Replaces CoreNLP as the source of sentences, tags and entities (tests use this). */
        public Builder languageAnalyzer(LanguageAnalyzer languageAnalyzer) {
            this.analyzer = Objects.requireNonNull(languageAnalyzer, "languageAnalyzer");
            return this;
        }

        /**
         * The attribution sieves to run, in order, instead of {@link AttributionSieves#defaults()}: the
         * defaults without one (to measure what it adds), reordered, or with rules of your own.
         */
        public Builder sieves(List<AttributionSieve> sieves) {
            this.sieves = List.copyOf(sieves);
            return this;
        }

        /** Replaces the built-in attributor; a roster or sieves cannot be set as well. */
        public Builder speakerAttributor(SpeakerAttributor speakerAttributor) {
            this.attributor = Objects.requireNonNull(speakerAttributor, "speakerAttributor");
            return this;
        }

        /**
         * @throws IllegalStateException when both a roster and a custom attributor are set: the roster
         *                               would be silently ignored
         */
        public QuoteStance build() {
            if (attributor != null && !roster.isEmpty()) {
                throw new IllegalStateException("a roster of " + roster.size()
                        + " entries was set together with a custom speakerAttributor, which would ignore it");
            }
            if (attributor != null && sieves != null) {
                throw new IllegalStateException("sieves were set together with a custom speakerAttributor, which"
                        + " would ignore them");
            }
            return new QuoteStance(this);
        }
    }
}
