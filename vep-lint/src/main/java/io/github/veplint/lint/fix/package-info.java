/**
 * Applying the fixes rules offer: {@link io.github.veplint.lint.fix.VepFixer} lints, applies every
 * {@link io.github.veplint.lint.finding.Fix} that does not overlap another, and repeats until nothing is
 * left to fix, writing each file atomically with its line endings, byte-order mark and permissions
 * kept. The command line's {@code fix} and {@code check --fix} are thin shells over it.
 */
package io.github.veplint.lint.fix;
