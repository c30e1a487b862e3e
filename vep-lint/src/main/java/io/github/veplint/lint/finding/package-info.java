/**
 * The vocabulary rules, reports and the engine share: a {@link io.github.veplint.lint.finding.Finding}
 * with its {@link io.github.veplint.lint.finding.Severity} and optional {@link
 * io.github.veplint.lint.finding.Fix}, and a run's {@link io.github.veplint.lint.finding.Notice}s.
 * It sits beneath the SPI and imports nothing of vep-lint but the model.
 */
package io.github.veplint.lint.finding;
