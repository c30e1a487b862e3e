package io.github.veplint.maven;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.report.ReportTargets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the check goal's parameters into linter settings. Every problem is a
 * {@link MojoExecutionException} whose message starts with the parameter's name, so the user knows
 * which line of the POM (or which {@code -D}) to fix. Kept apart from the mojo so it can be tested
 * without a Maven runtime.
 */
final class CheckSettings {

  /** The report directory's name under {@code ${project.build.directory}}. */
  static final String REPORT_DIRECTORY = "vep-lint";

  /** Default file extensions where the format name alone would be a poor one. */
  private static final Map<String, String> EXTENSIONS =
      Map.of("text", "txt", "checkstyle", "checkstyle.xml", "junit", "junit.xml", "github", "github.txt",
          "summary", "summary.md", "facts", "facts.txt");

  private CheckSettings() {}

  /** Parses {@code failOn}; empty when not set, so the configuration file's {@code fail-on} applies. */
  static Optional<FailOn> failOn(String value) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(option("failOn", "(parameter failOn, user property vep-lint.failOn)", () -> RunOptions.failOn(value)));
  }

  /** Parses {@code today}; empty when not set. */
  static Optional<LocalDate> today(String value) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(option("today", "(parameter today, user property vep-lint.today)", () -> RunOptions.today(value)));
  }

  /**
   * Parses the user property form of {@code rules}: {@code id=level,id=level}. Maven cannot turn a
   * {@code -D} string into a map, so the mojo reads the property itself.
   */
  static Map<String, String> ruleList(String value) throws MojoExecutionException {
    return option("rules", "in vep-lint.rules", () -> RunOptions.ruleList(value));
  }

  /** Checks rule ids against the rules the linter has and parses each level. */
  static Map<String, RuleSetting> rules(Map<String, String> rules, Set<String> knownIds)
      throws MojoExecutionException {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    if (rules == null) {
      return settings;
    }
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      String id = rule.getKey().trim();
      String level = rule.getValue() == null ? "" : rule.getValue().trim();
      if (!knownIds.contains(id)) {
        throw new MojoExecutionException(
            "rules: unknown rule '" + id + "'; the rules are " + knownIds.stream().sorted().toList());
      }
      settings.put(id, option("rules: " + id + "='" + level + "'", "", () -> RunOptions.ruleLevel(level)));
    }
    return settings;
  }

  /** A value parsed by {@link RunOptions}, or a build error naming the parameter. */
  private static <T> T option(String name, String where, Supplier<T> parse) throws MojoExecutionException {
    try {
      return parse.get();
    } catch (RunOptions.InvalidOption e) {
      throw new MojoExecutionException(name + ": " + e.getMessage() + (where.isEmpty() ? "" : " " + where));
    }
  }

  /**
   * Resolves {@code formats} entries ({@code NAME} or {@code NAME=FILE}) to writers and absolute
   * files ({@link ReportTargets#parse}). A relative file is resolved against the project directory,
   * like any Maven path; a bare name is written to {@code reportDirectory/vep-lint.<ext>}. The goal's
   * default is treated as any other value: an unknown format is always an error.
   */
  static List<ReportTargets.Target> formats(List<String> entries, Path projectDirectory, Path reportDirectory)
      throws MojoExecutionException {
    try {
      return ReportTargets.parse(entries == null ? List.of() : entries,
          file -> projectDirectory.resolve(file).toAbsolutePath().normalize(),
          name -> Optional.of(reportDirectory.resolve("vep-lint." + EXTENSIONS.getOrDefault(name, name))
              .toAbsolutePath().normalize()));
    } catch (ReportTargets.InvalidEntry | ConfigurationException e) {
      throw new MojoExecutionException("formats: " + e.getMessage());
    }
  }

  /**
   * The failure message: one paragraph with the counts, where the full report is, and how to
   * change what fails the build.
   *
   * @param report the report file to point at, as the user should read it, when one was written
   */
  static String failureSummary(LintResult result, FailOn failOn, Optional<String> report) {
    Map<Severity, Integer> counts = result.countsBySeverity();
    int errors = counts.get(Severity.ERROR);
    int warnings = counts.get(Severity.WARNING);
    long files = result.findings().stream()
        .filter(f -> f.severity().isAtLeast(Severity.WARNING))
        .map(Finding::file)
        .distinct()
        .count();
    StringBuilder message = new StringBuilder("vep-lint found ")
        .append(plural(errors, "error")).append(" and ").append(plural(warnings, "warning"))
        .append(" in ").append(plural(files, "VEP file"));
    report.ifPresent(r -> message.append("; see ").append(r));
    // Name a rule that actually failed, so the hint can be pasted as is.
    String rule = failOn.threshold()
        .flatMap(t -> result.findings().stream().filter(f -> f.severity().isAtLeast(t)).findFirst())
        .map(Finding::ruleId)
        .orElse("title-format");
    String lower = failOn == FailOn.WARNING ? "info" : "warning";
    message.append(". Fix them, or change what fails the build: failOn is '")
        .append(failOn.name().toLowerCase(Locale.ROOT))
        .append("' (error, warning or never; -Dvep-lint.failOn), and rules sets a rule's level")
        .append(" (<rules><").append(rule).append(">").append(lower).append("</").append(rule)
        .append("></rules> or -Dvep-lint.rules=").append(rule).append("=").append(lower).append(";")
        .append(" error, warning, info or off).");
    return message.toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
