/**
 * The library's own view of tokens, sentences, part-of-speech tags and named entities, independent of
 * the NLP backend that produced them.
 */
package org.quotestance.nlp;
