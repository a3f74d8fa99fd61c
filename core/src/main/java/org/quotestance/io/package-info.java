/** Reading documents as strict UTF-8 text, and the JSON Lines output format. */
package org.quotestance.io;
