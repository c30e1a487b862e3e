package io.github.veplint.lint.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

/**
 * Replacing a file so that no reader ever sees half of it and nothing is lost: the content goes to
 * a temporary file in the same directory, which then moves over the target atomically. Shared by
 * the report writers and the commands that edit VEPs.
 */
public final class AtomicFiles {

  /** The file no longer holds what the caller read: someone saved it meanwhile. */
  public static final class ChangedOnDiskException extends IOException {
    /** The file that changed. */
    public ChangedOnDiskException(Path file) {
      super(file + " changed on disk after it was read");
    }
  }

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code file}. The file keeps the permissions of the file it replaces,
   * or gets {@code rw-r--r--} when new (a temporary file is created owner-only, but reports are read
   * by CI upload steps, web servers and colleagues).
   *
   * @param expected when present, what {@code file} must still hold, checked just before the move
   * @throws ChangedOnDiskException when {@code expected} is present and the file differs; nothing
   *     is written then
   */
  public static void write(Path file, byte[] content, Optional<byte[]> expected) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temporary, content);
      PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
      if (view != null) {
        view.setPermissions(
            Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
      }
      if (expected.isPresent() && !Arrays.equals(Files.readAllBytes(target), expected.get())) {
        throw new ChangedOnDiskException(target);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
