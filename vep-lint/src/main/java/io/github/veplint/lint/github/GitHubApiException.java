package io.github.veplint.lint.github;

/**
 * A GitHub API call that gave no usable answer: a network failure, a timeout, an HTTP status other
 * than 2xx, an answer too large or not JSON, or a GraphQL {@code errors} answer. The message names
 * the call (method and path, never the token) and what went wrong, in one line.
 */
public final class GitHubApiException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param message one line naming the call and the failure
   * @param status the HTTP status, or 0 when none was received
   */
  public GitHubApiException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status of the answer, or 0 when no answer was received. */
  public int status() {
    return status;
  }
}
