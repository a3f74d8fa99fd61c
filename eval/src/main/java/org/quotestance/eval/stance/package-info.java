/**
 * Labelled stance data and what is done with them outside the library: readers for GWSD, NewsMTSC and the
 * project's own examples, the lexicon-only baseline, and the trainers of the shipped stance models.
 */
package org.quotestance.eval.stance;
