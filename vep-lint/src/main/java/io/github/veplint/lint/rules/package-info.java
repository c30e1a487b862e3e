/**
 * The built-in rule catalog: one class per rule, registered through {@code ServiceLoader}. Not API:
 * the rule classes are public only because {@code ServiceLoader} instantiates them; use them
 * through {@link io.github.veplint.lint.spi.Rule} and {@link io.github.veplint.lint.VepLinter}.
 *
 * <p>Each class declares its metadata in {@link io.github.veplint.lint.spi.RuleInfo}; its explanation
 * is the resource {@code io/github/veplint/lint/rules/<id>.md} (in {@code src/main/resources}), the
 * text of {@code vep-lint explain <id>}.
 */
package io.github.veplint.lint.rules;
