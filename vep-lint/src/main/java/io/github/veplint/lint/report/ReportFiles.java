package io.github.veplint.lint.report;

import io.github.veplint.lint.ConfigurationException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writing report files, shared by the command line and the Maven plugin. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Writes a report through a temporary file in the same directory and an atomic move, so a reader
   * (a CI upload step, an IDE) never sees half a report. Creates missing parent directories.
   *
   * @throws ConfigurationException when the file cannot be written; the message names the file
   */
  public static void writeAtomically(Path file, String text) {
    Path absolute = file.toAbsolutePath().normalize();
    Path directory = absolute.getParent();
    refuseDirectoryOrLink(file, absolute);
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
      try {
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
          writer.write(text);
        }
        keepReadable(temporary, absolute);
        try {
          Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot write report (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A temporary file is created owner-only ({@code rw-------}); a report is meant to be read by CI
   * upload steps, web servers and colleagues, so it gets the permissions of the file it replaces, or
   * {@code rw-r--r--} when it is new.
   */
  private static void keepReadable(Path temporary, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.isRegularFile(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(permissions);
  }

  /**
   * Checks, before anything is linted, that a report can go to {@code file}: it is not a directory
   * or a symbolic link, and no existing part of its directory path is a file. A directory that does
   * not exist yet is fine: {@link #writeAtomically} creates it (CI steps write into fresh
   * directories such as {@code results/}). The command line calls this so that a bad target fails
   * at once, with nothing written.
   *
   * @throws ConfigurationException naming the file and what is wrong with it
   */
  public static void checkTarget(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    refuseDirectoryOrLink(file, absolute);
    for (Path directory = absolute.getParent(); directory != null; directory = directory.getParent()) {
      if (Files.exists(directory)) {
        if (!Files.isDirectory(directory)) {
          throw new ConfigurationException(
              file + ": cannot write report: " + directory + " is not a directory");
        }
        break;
      }
    }
  }

  /**
   * A move onto an empty directory would replace it, and onto a link would replace the link: both
   * are refused, so a report only ever lands in a regular file the user named.
   */
  private static void refuseDirectoryOrLink(Path file, Path absolute) {
    if (Files.isSymbolicLink(absolute)) {
      throw new ConfigurationException(
          file + ": cannot write report: it is a symbolic link; name the file itself");
    }
    if (Files.isDirectory(absolute)) {
      throw new ConfigurationException(
          file + ": cannot write report: it is a directory; name a file inside it");
    }
  }
}
