/**
 * Reading what callers give: documents as strict UTF-8 text and rosters as JSON, and the exceptions that
 * name a file that cannot be read or is malformed. It sits below the packages that read input (topics,
 * stance data) and imports none of the results.
 */
package org.quotestance.io;
