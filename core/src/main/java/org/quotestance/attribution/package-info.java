/** Deciding who said each quote: speech cues, speaker phrases, pronouns and continuation. */
package org.quotestance.attribution;
