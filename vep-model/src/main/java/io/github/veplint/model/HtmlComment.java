package io.github.veplint.model;

/**
 * An HTML comment in the markdown body, such as a template prompt or a
 * {@code <!-- vep-lint-disable RULE -->} directive. Comments inside code are not included.
 *
 * @param text the text between {@code <!--} and {@code -->}, trimmed
 * @param position where {@code <!--} starts
 * @param endLine the line holding {@code -->}
 */
public record HtmlComment(String text, SourcePosition position, int endLine) {}
