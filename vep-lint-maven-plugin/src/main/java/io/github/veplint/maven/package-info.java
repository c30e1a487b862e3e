/**
 * The vep-lint Maven plugin: goals {@code vep-lint:check} (lint, log, fail the build) and {@code
 * vep-lint:report} (the HTML report, and the "VEP lint" page of a Maven site), thin shells over
 * {@link io.github.veplint.lint.VepLinter} that map Maven parameters onto the linter, findings onto
 * Maven's log, and the failure threshold onto {@link org.apache.maven.plugin.MojoFailureException}.
 */
package io.github.veplint.maven;
