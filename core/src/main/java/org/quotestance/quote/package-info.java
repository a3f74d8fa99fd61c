/** Finding quotations by their marks, and the kinds a reader gives them. */
package org.quotestance.quote;
