/**
 * The output formats of a {@link org.quotestance.DocumentAnalysis}: the JSON Lines contract
 * ({@link org.quotestance.report.JsonLines}), TSV, the terminal table, the HTML report and the speaker ×
 * topic stance matrix. It sits above the results it renders; nothing in the library imports it.
 */
package org.quotestance.report;
