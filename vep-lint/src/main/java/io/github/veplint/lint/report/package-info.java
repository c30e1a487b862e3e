/** Report formats: text, JSON, SARIF, GitHub annotations, Checkstyle XML, JUnit XML and a
 * self-contained HTML page ({@link io.github.veplint.lint.report.HtmlReport}). */
package io.github.veplint.lint.report;
