/** The command-line interface, a thin shell over {@link io.github.veplint.lint.VepLinter}. */
package io.github.veplint.lint.cli;
