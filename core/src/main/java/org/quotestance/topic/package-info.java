/** Topics an analyst follows, read from JSON, and where a document mentions them. */
package org.quotestance.topic;
