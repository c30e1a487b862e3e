/**
 * The vep-lint Maven plugin: goal {@code vep-lint:check}, a thin shell over
 * {@link io.github.veplint.lint.VepLinter} that maps Maven parameters onto the linter, findings onto
 * Maven's log, and the failure threshold onto {@link org.apache.maven.plugin.MojoFailureException}.
 */
package io.github.veplint.maven;
