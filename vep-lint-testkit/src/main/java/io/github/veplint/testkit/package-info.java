/**
 * A test kit for vep-lint rules, built-in or plugged in: {@link io.github.veplint.testkit.RuleCheck}
 * lints a Markdown fixture with the real engine and compares the findings with the fixture's inline
 * {@code <!-- expect: rule-id "message" -->} markers, in the spirit of Error Prone's {@code // BUG:
 * Diagnostic contains:} and markdownlint's fixture markers.
 *
 * <p>The kit uses only vep-lint's embedding API ({@code VepLinter}, {@code LintResult}, {@code
 * Finding}, {@code Rule}), so a rule tested with it is tested the way a run would apply it.
 */
package io.github.veplint.testkit;
