/** Reading annotated corpora (PolNeAR) and scoring found quotes and speakers against them. */
package org.quotestance.eval;
