/**
 * Stanford CoreNLP's own quote extraction and attribution, run as a baseline to compare QuoteStance with
 * (speed and output). It lives under {@code org.quotestance.corenlp}, the only packages that import
 * {@code edu.stanford.nlp}, but in the evaluation module: the library never calls it.
 */
package org.quotestance.corenlp.baseline;
