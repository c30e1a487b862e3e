package io.github.veplint.model.schedule;

/**
 * A release schedule that cannot be read: a missing file, invalid YAML, a VEP Freeze without a
 * date, a network error. The message is one line naming the file or URL (and line, when known).
 */
public final class ScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whether the problem came from an allowed URL source ({@link #isRemote()}). */
  private final boolean remote;

  /**
   * Creates the exception with a complete one-line message.
   *
   * @param message the message, naming the source
   */
  public ScheduleException(String message) {
    this(message, null, false);
  }

  /**
   * Creates the exception with a complete one-line message and its cause.
   *
   * @param message the message, naming the source
   * @param cause what went wrong underneath
   */
  public ScheduleException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private ScheduleException(String message, Throwable cause, boolean remote) {
    super(message, cause);
    this.remote = remote;
  }

  /**
   * The same problem, met while fetching an allowed URL source: the schedules belong to another
   * repository, which the run cannot fix.
   */
  static ScheduleException remote(ScheduleException problem) {
    return new ScheduleException(problem.getMessage(), problem.getCause(), true);
  }

  /**
   * Whether the schedules could not be fetched from, or read as fetched from, a URL source the
   * run was allowed to use (as opposed to a local source, or a URL source that is misconfigured
   * or not allowed).
   *
   * @return true for a URL source that could not be fetched or read
   */
  public boolean isRemote() {
    return remote;
  }
}
