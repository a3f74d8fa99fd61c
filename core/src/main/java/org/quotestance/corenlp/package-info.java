/**
 * The one package that talks to Stanford CoreNLP. It turns CoreNLP's annotations into the library's own
 * {@link org.quotestance.nlp} records; nothing else in QuoteStance imports {@code edu.stanford.nlp}.
 */
package org.quotestance.corenlp;
