/** Report formats: text, JSON, SARIF, GitHub annotations, Checkstyle XML, JUnit XML, a
 * self-contained HTML page ({@link io.github.veplint.lint.report.HtmlReport}), the pull request
 * summary ({@link io.github.veplint.lint.report.SummaryReport}) and facts for shell scripts
 * ({@link io.github.veplint.lint.report.FactsReport}); {@link io.github.veplint.lint.report.ReportTargets}
 * parses {@code NAME=FILE} lists and writes every report of a run. */
package io.github.veplint.lint.report;
