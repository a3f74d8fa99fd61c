/**
 * Word lists as resources, loaded once: the words the attribution rules and stance frames read, and the
 * inflected forms of the verbs those lists name by their stems ({@link org.quotestance.lexicon.VerbForms}). Depends
 * on nothing else of QuoteStance, so every package may use it.
 */
package org.quotestance.lexicon;
