/**
 * vep-lint's embedding API: {@link io.github.veplint.lint.VepLinter} lints a repository and returns
 * a {@link io.github.veplint.lint.LintResult} of {@link io.github.veplint.lint.finding.Finding}s.
 */
package io.github.veplint.lint;
