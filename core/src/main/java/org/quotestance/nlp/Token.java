package org.quotestance.nlp;

import java.util.Objects;
import org.quotestance.text.Span;

/**
 * One token of a document as the NLP backend saw it.
 *
 * @param span      where the token stands in the original text
 * @param word      the token's text as the tokenizer normalised it (quote marks may differ from the source)
 * @param tag       Penn Treebank part-of-speech tag
 * @param entity    named-entity class, {@link EntityType#NONE} outside names
 * @param index     position of the token in the document, from 0
 * @param sentence  index of the sentence that holds the token, from 0
 */
public record Token(Span span, String word, String tag, EntityType entity, int index, int sentence) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(entity, "entity");
    }

    /**
     * A proper noun by its tag, or a token the named-entity recogniser puts in a person or organisation
     * name: the tagger reads some surnames as adjectives or verbs ("Devine", "Husted").
     */
    public boolean isProperNoun() {
        return PennTags.isProperNoun(tag) || isNamed();
    }

    /** A noun by its tag, or part of a person or organisation name (see {@link #isProperNoun}). */
    public boolean isNoun() {
        return PennTags.isNoun(tag) || isNamed();
    }

    /** Part of a person's name by the named-entity recogniser. */
    public boolean isPerson() {
        return entity == EntityType.PERSON;
    }

    private boolean isNamed() {
        return entity == EntityType.PERSON || entity == EntityType.ORGANIZATION;
    }

    public boolean isPronoun() {
        return PennTags.isPersonalPronoun(tag);
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
