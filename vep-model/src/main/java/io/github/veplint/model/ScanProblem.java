package io.github.veplint.model;

import java.util.Objects;

/**
 * A path the directory scan skipped: a symbolic link it did not follow, a directory it could not
 * list.
 *
 * @param path the path, relative to the repository root, with {@code /} separators
 * @param message why it was skipped
 */
public record ScanProblem(String path, String message) {

  /**
   * Rejects nulls.
   *
   * @param path the path, relative to the repository root, with {@code /} separators
   * @param message why it was skipped
   */
  public ScanProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
