package io.github.veplint.model.schedule;

/**
 * A release schedule that cannot be read: a missing file, invalid YAML, a VEP Freeze without a
 * date, a network error. The message is one line naming the file or URL (and line, when known).
 */
public final class ScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a complete one-line message. */
  public ScheduleException(String message) {
    super(message);
  }

  /** Creates the exception with a complete one-line message and its cause. */
  public ScheduleException(String message, Throwable cause) {
    super(message, cause);
  }
}
