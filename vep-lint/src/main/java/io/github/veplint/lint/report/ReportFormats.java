package io.github.veplint.lint.report;

import java.util.List;
import java.util.Optional;

/**
 * The report formats vep-lint writes, by name.
 *
 * <p>Writers are created on demand, by name, with a {@code switch}: a plain run that prints text
 * never loads the JSON, SARIF or XML writers (nor Jackson's serializers through them), which keeps
 * them off the CLI's start-up path. A new format adds its name to {@link #NAMES} and one case to
 * {@link #forName}; no constructor reference, no static instance (either would load the class).
 */
public final class ReportFormats {

  /** Every format name, sorted. */
  private static final List<String> NAMES =
      List.of("checkstyle", "facts", "github", "html", "json", "junit", "sarif", "summary", "text");

  private ReportFormats() {}

  /** The writer for a format name, newly created. */
  public static Optional<ReportWriter> forName(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "checkstyle" -> new CheckstyleReport();
          case "facts" -> new FactsReport();
          case "github" -> new GithubReport();
          case "html" -> new HtmlReport();
          case "json" -> new JsonReport();
          case "junit" -> new JunitReport();
          case "sarif" -> new SarifReport();
          case "summary" -> new SummaryReport();
          case "text" -> new TextReport();
          default -> null;
        });
  }

  /** Every format name, sorted. */
  public static List<String> names() {
    return NAMES;
  }
}
