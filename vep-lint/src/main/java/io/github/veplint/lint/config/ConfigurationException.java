package io.github.veplint.lint.config;

/**
 * A configuration or usage error that stops a run before any file is linted: a bad
 * {@code .vep-lint.yaml}, an unknown rule id, a path that does not exist. Its message is one line
 * that names the file, and the line when there is one.
 */
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a complete one-line message. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** Creates the exception with a complete one-line message and its cause. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
