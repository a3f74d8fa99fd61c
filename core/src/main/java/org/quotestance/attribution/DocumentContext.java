package org.quotestance.attribution;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/**
 * What every sieve may read of a document: its text, tokens and sentences, the quote mask, the speech
 * cues found in each sentence and paragraph helpers. Read-only (every list it gives is unmodifiable):
 * sieves propose, they change nothing.
 */
public final class DocumentContext {

    private final CleanText clean;
    private final AnnotatedText nlp;
    private final List<Token> tokens;
    private final QuoteMask mask;
    private final List<List<CueHit>> cues;

    DocumentContext(CleanText clean, AnnotatedText nlp, QuoteMask mask, List<List<CueHit>> cues) {
        this.clean = clean;
        this.nlp = nlp;
        this.tokens = nlp.tokens();
        this.mask = mask;
        this.cues = cues;
    }

    public CleanText clean() {
        return clean;
    }

    /** The working text: the original with junk masked, same length; token offsets point into it. */
    public String text() {
        return clean.working();
    }

    public AnnotatedText nlp() {
        return nlp;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int k) {
        return tokens.get(k);
    }

    public QuoteMask mask() {
        return mask;
    }

    public Sentence sentence(int index) {
        return nlp.sentences().get(index);
    }

    /** The sentence that holds token {@code k}. */
    public Sentence sentenceOf(int k) {
        return nlp.sentences().get(tokens.get(k).sentence());
    }

    public int sentenceCount() {
        return nlp.sentences().size();
    }

    /** The speech cues of sentence {@code sentence}, in text order; unmodifiable. */
    public List<CueHit> cuesIn(int sentence) {
        return sentence >= 0 && sentence < cues.size() ? cues.get(sentence) : List.of();
    }

    /** The first cue of sentence {@code sentence} that {@code test} accepts. */
    public Optional<CueHit> firstCue(int sentence, Predicate<CueHit> test) {
        return cuesIn(sentence).stream().filter(test).findFirst();
    }

    public Paragraph paragraph(int index) {
        return clean.paragraphs().get(index);
    }

    public int paragraphCount() {
        return clean.paragraphs().size();
    }

    /** Whether the quote opens its paragraph (its mark may be an entity, "&ldquo;", that the paragraph starts inside). */
    public boolean startsParagraph(QuoteSpan q) {
        Span para = paragraph(q.paragraph()).span();
        return para.start() == q.span().start() || clean.widen(para).start() == q.span().start();
    }

    /** The last char inside the quote marks, or {@code '\0'} for an empty quote. */
    public char lastContentChar(QuoteSpan q) {
        return QuoteKinds.lastContentChar(text(), q);
    }

    /** The word tokens (not punctuation) inside a quote. */
    public List<Token> wordsIn(QuoteSpan q) {
        return QuoteKinds.words(nlp, q);
    }

    /** Whether a paragraph's last char is a colon: it leads into what follows ("Lopez continued:"). */
    public boolean endsInColon(Paragraph p) {
        return !p.span().isEmpty() && text().charAt(p.span().end() - 1) == ':';
    }

    /** A cue at {@code span} of the working text, with its text as the original has it. */
    public Cue cue(Span span) {
        Span wide = clean.widen(span);
        return new Cue(wide, wide.textOf(clean.original()));
    }

    /** Whether the phrase holds a proper noun or a pronoun, not only a description. */
    public boolean isNamedOrPronoun(TokenRange np) {
        return NounPhrases.isNamedOrPronoun(tokens, np);
    }

    /** The subject noun phrase ending right before token {@code cue}, starting at or after {@code sentenceStart}. */
    public Optional<TokenRange> phraseBefore(int sentenceStart, int cue) {
        return Optional.ofNullable(NounPhrases.before(tokens, mask, sentenceStart, cue));
    }

    /** The noun phrase starting at token {@code from}, ending before {@code sentenceEnd}. */
    public Optional<TokenRange> phraseAfter(int from, int sentenceEnd) {
        return Optional.ofNullable(NounPhrases.after(tokens, mask, from, sentenceEnd));
    }

    /** Where the main clause starts after the subordinate clauses that open tokens [{@code from}, {@code until}). */
    public int afterLeadingSubordinateClauses(int from, int until) {
        return NounPhrases.afterLeadingSubordinateClauses(tokens, mask, from, until);
    }

    /** The subject of the clause in tokens [{@code from}, {@code until}). */
    public Optional<TokenRange> clauseSubject(int from, int until) {
        return Optional.ofNullable(NounPhrases.clauseSubject(tokens, mask, from, until));
    }
}
