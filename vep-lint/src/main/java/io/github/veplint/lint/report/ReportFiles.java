package io.github.veplint.lint.report;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.files.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Writing report files, shared by the command line and the Maven plugin. */
public final class ReportFiles {

  private ReportFiles() {}

  /** Renders one report onto a writer. */
  @FunctionalInterface
  public interface Rendering {
    /** Writes the whole report to {@code out}. */
    void renderTo(Writer out) throws IOException;
  }

  /**
   * Renders a report whole, then writes it to {@code file} with {@link #writeAtomically}, or, when
   * there is no file, to {@code standardOutput}: a report that fails half-way leaves no half file.
   *
   * @throws ConfigurationException when the file cannot be written; the message names it
   */
  public static void write(Optional<Path> file, Writer standardOutput, Rendering rendering) throws IOException {
    StringWriter text = new StringWriter();
    rendering.renderTo(text);
    if (file.isPresent()) {
      writeAtomically(file.get(), text.toString());
    } else {
      standardOutput.write(text.toString());
    }
  }

  /**
   * Writes a report through a temporary file in the same directory and an atomic move, so a reader
   * (a CI upload step, an IDE) never sees half a report. Creates missing parent directories; the
   * file keeps the permissions of the one it replaces, else gets {@code rw-r--r--}.
   *
   * @throws ConfigurationException when the file cannot be written; the message names the file
   */
  public static void writeAtomically(Path file, String text) {
    Path absolute = file.toAbsolutePath().normalize();
    Path directory = absolute.getParent();
    refuseDirectoryOrLink(file, absolute);
    try {
      Files.createDirectories(directory);
      AtomicFiles.write(absolute, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
    } catch (IOException e) {
      throw new ConfigurationException(file + ": cannot write report (" + e.getMessage() + ")", e);
    }
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
