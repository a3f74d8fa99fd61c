/** Spans into the original text, and the clean-up of scraped text (HTML residue, paragraphs, headings). */
package org.quotestance.text;
