/** Speakers as entities: merging name variants within a document, and the caller's roster of known people. */
package org.quotestance.entity;
