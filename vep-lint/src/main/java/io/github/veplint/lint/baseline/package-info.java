/**
 * New versus pre-existing findings: a location-independent {@link
 * io.github.veplint.lint.baseline.Fingerprint} per finding, the {@link
 * io.github.veplint.lint.baseline.Comparison} of a run with its base revision ({@code --base}) or a
 * {@link io.github.veplint.lint.baseline.BaselineFile} ({@code --baseline}), and the lint of the
 * base revision itself ({@link io.github.veplint.lint.baseline.BaseRevisionLint}). It sits above the
 * engine and below {@link io.github.veplint.lint.LintResult}, which carries the comparison.
 */
package io.github.veplint.lint.baseline;
