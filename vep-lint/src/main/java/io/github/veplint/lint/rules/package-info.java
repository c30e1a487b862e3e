/**
 * The built-in rule catalog: one class per rule, registered through {@code ServiceLoader}. Not API:
 * the rule classes are public only because {@code ServiceLoader} instantiates them; use them
 * through {@link io.github.veplint.lint.spi.Rule} and {@link io.github.veplint.lint.VepLinter}.
 */
package io.github.veplint.lint.rules;
