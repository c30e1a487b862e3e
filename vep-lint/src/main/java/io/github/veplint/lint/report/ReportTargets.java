package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.config.ConfigurationException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reports of a run, written as {@code NAME} or {@code NAME=FILE} ({@code check --format}, the
 * check goal's {@code formats}, the Action's {@code format} input): parsed here for every caller,
 * and written together by {@link #write}.
 */
public final class ReportTargets {

  private ReportTargets() {}

  /**
   * One report to write.
   *
   * @param format the format name
   * @param writer its writer
   * @param file where to write it; empty for standard output
   */
  public record Target(String format, ReportWriter writer, Optional<Path> file) {}

  /** An entry that cannot be written; the message says why, without the option's name. */
  public static final class InvalidEntry extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidEntry(String message) {
      super(message);
    }
  }

  /**
   * Parses entries, in order; blank entries are skipped and blanks around names and files ignored.
   * Each file target is checked with {@link ReportFiles#checkTarget}, so that a bad one fails before
   * anything is linted.
   *
   * @param entries {@code NAME} or {@code NAME=FILE}
   * @param file the path a {@code FILE} as written stands for (e.g. relative to the project directory)
   * @param bare where a bare {@code NAME} is written, by format name; empty for standard output
   * @throws InvalidEntry for an unknown format, an empty file name, or two reports in one file
   * @throws ConfigurationException for a target that cannot be written (a directory, a link)
   */
  public static List<Target> parse(List<String> entries, Function<String, Path> file,
      Function<String, Optional<Path>> bare) {
    List<Target> targets = new ArrayList<>();
    Map<Path, String> seen = new HashMap<>();
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      String trimmed = entry.strip();
      int equals = trimmed.indexOf('=');
      String name = (equals < 0 ? trimmed : trimmed.substring(0, equals)).strip();
      ReportWriter writer = ReportFormats.forName(name).orElseThrow(() -> new InvalidEntry(
          "unknown report format '" + name + "'; use one of " + ReportFormats.names()));
      Optional<Path> target;
      if (equals < 0) {
        target = bare.apply(name);
      } else {
        String fileName = trimmed.substring(equals + 1).strip();
        if (fileName.isEmpty()) {
          throw new InvalidEntry("'" + trimmed + "': the file name after '=' is empty");
        }
        target = Optional.of(file.apply(fileName));
      }
      if (target.isPresent()) {
        Path absolute = target.get().toAbsolutePath().normalize();
        String previous = seen.putIfAbsent(absolute, name);
        if (previous != null) {
          throw new InvalidEntry("'" + previous + "' and '" + name + "' would both be written to " + absolute);
        }
        ReportFiles.checkTarget(target.get());
      }
      targets.add(new Target(name, writer, target));
    }
    return targets;
  }

  /**
   * Writes every report of a run: each rendered whole, then written to its file through a
   * temporary file and an atomic move ({@link ReportFiles#write}), or to {@code standardOutput}.
   *
   * @throws ConfigurationException when a file cannot be written; the message names it
   */
  public static void write(List<Target> targets, LintResult result, ReportContext context, Writer standardOutput)
      throws IOException {
    for (Target target : targets) {
      ReportFiles.write(target.file(), standardOutput, out -> target.writer().write(result, context, out));
    }
    standardOutput.flush();
  }
}
