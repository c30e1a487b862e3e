/** Report formats: text, JSON, SARIF, GitHub annotations, Checkstyle XML and JUnit XML. */
package io.github.veplint.lint.report;
