/**
 * Word lists as resources, loaded once: the words the attribution rules and stance frames read. Depends
 * on nothing else of QuoteStance, so every package may use it.
 */
package org.quotestance.lexicon;
