package io.github.veplint.lint.files;

import io.github.veplint.model.read.FileKinds;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Replacing a file so that no reader ever sees half of it and nothing is lost: the content goes to
 * a temporary file in the same directory, which then moves over the target atomically. Shared by
 * the report writers and the commands that edit VEPs: the single place vep-lint writes a file.
 *
 * <p>Only a regular file or a path where nothing exists is replaced: a FIFO, a device (such as
 * {@code /dev/null}), a socket, a directory or a symbolic link is refused with a {@link
 * NotARegularFileException}, before anything is created.
 *
 * <p>A temporary file is named {@code .<name>.vep-lint-<pid>-<random>.tmp}, so that one a killed
 * run left behind is recognisable as vep-lint's and as stale (its process is gone): the next write
 * into that directory, and {@link #removeStaleTemporaries}, delete it.
 */
public final class AtomicFiles {

  /** The file no longer holds what the caller read: someone saved it meanwhile. */
  public static final class ChangedOnDiskException extends IOException {
    /** The file that changed. */
    public ChangedOnDiskException(Path file) {
      super(file + " changed on disk after it was read");
    }
  }

  /** The target exists and is not a regular file: it is left as it is. */
  public static final class NotARegularFileException extends IOException {
    /** The target and what it is (e.g. "a FIFO (named pipe)"). */
    public NotARegularFileException(Path file, String what) {
      super(file + ": is " + what + ", not a regular file; vep-lint writes only regular files and new paths");
    }
  }

  /** What marks vep-lint's temporary files, between the target's name and the process id. */
  private static final String MARK = ".vep-lint-";
  private static final String SUFFIX = ".tmp";
  /**
   * How old a temporary file named as {@link Files#createTempFile} named them for earlier
   * versions ({@code .vep.md<digits>.tmp}) must be to count as left behind: no write takes that long.
   */
  private static final Duration LEGACY_STALE_AFTER = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code file}. The file keeps the permissions of the file it replaces,
   * or gets {@code rw-r--r--} when new (a temporary file is created owner-only, but reports are read
   * by CI upload steps, web servers and colleagues).
   *
   * @param expected when present, what {@code file} must still hold, checked just before the move
   * @throws NotARegularFileException when {@code file} exists and is not a regular file; nothing is
   *     written then
   * @throws ChangedOnDiskException when {@code expected} is present and the file differs; nothing
   *     is written then
   */
  public static void write(Path file, byte[] content, Optional<byte[]> expected) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    requireRegularOrAbsent(target);
    removeStaleTemporaries(target.getParent());
    Path temporary = createTemporary(target);
    try {
      Files.write(temporary, content);
      PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
      if (view != null) {
        view.setPermissions(
            Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
      }
      if (expected.isPresent() && !Arrays.equals(Files.readAllBytes(target), expected.get())) {
        throw new ChangedOnDiskException(target);
      }
      // Checked again just before the move: what was a file a moment ago may have been replaced.
      requireRegularOrAbsent(target);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Refuses a target that exists and is not a regular file (links are not followed).
   *
   * @throws NotARegularFileException naming the target and what it is
   */
  public static void requireRegularOrAbsent(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (!attributes.isRegularFile()) {
      throw new NotARegularFileException(file, FileKinds.describe(file, attributes, LinkOption.NOFOLLOW_LINKS));
    }
  }

  private static Path createTemporary(Path target) throws IOException {
    String name = "." + target.getFileName() + MARK + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; ; attempt++) {
      Path temporary = target.resolveSibling(name + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + SUFFIX);
      try {
        return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        return Files.createFile(temporary);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /**
   * Deletes the temporary files a killed vep-lint left in {@code directory}: its own, whose process
   * is gone, and those of earlier versions ({@code .<name>.md<digits>.tmp}, untouched for ten
   * minutes). Never another program's files, never a temporary file of a run that
   * is still going. Problems are ignored: cleaning up is a courtesy, not part of a write.
   *
   * @return how many files were deleted
   */
  public static int removeStaleTemporaries(Path directory) {
    if (directory == null || !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int removed = 0;
    DirectoryStream.Filter<Path> candidates = entry -> {
      String name = entry.getFileName().toString();
      return name.startsWith(".") && name.endsWith(SUFFIX);
    };
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, candidates)) {
      for (Path entry : entries) {
        if (isStale(entry) && Files.deleteIfExists(entry)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Nothing to clean, or not allowed to: the write goes on.
    }
    return removed;
  }

  private static boolean isStale(Path entry) throws IOException {
    String name = entry.getFileName().toString();
    if (!name.startsWith(".") || !name.endsWith(SUFFIX)
        || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String stem = name.substring(1, name.length() - SUFFIX.length());
    int mark = stem.lastIndexOf(MARK);
    if (mark > 0) {
      String rest = stem.substring(mark + MARK.length());
      int dash = rest.indexOf('-');
      if (dash <= 0 || dash > 19 || !rest.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      long pid = Long.parseLong(rest.substring(0, dash));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
    }
    // Files.createTempFile(dir, ".vep.md", ".tmp"): the target's name, then a random unsigned long.
    int digits = stem.length();
    while (digits > 0 && stem.charAt(digits - 1) >= '0' && stem.charAt(digits - 1) <= '9') {
      digits--;
    }
    if (digits == stem.length() || stem.length() - digits > 20 || digits == 0) {
      return false;
    }
    String target = stem.substring(0, digits);
    if (!target.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
      return false;
    }
    FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
    return modified.toInstant().isBefore(Instant.now().minus(LEGACY_STALE_AFTER));
  }
}
