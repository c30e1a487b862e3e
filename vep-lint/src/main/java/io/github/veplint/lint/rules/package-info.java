/** The built-in rule catalog: one class per rule, registered through {@code ServiceLoader}. */
package io.github.veplint.lint.rules;
