package io.github.veplint.lint.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The report formats vep-lint writes, by name. */
public final class ReportFormats {

  private static final Map<String, ReportWriter> WRITERS = new TreeMap<>();

  static {
    register(new TextReport());
    register(new JsonReport());
    register(new SarifReport());
    register(new GithubReport());
    register(new CheckstyleReport());
    register(new JunitReport());
    register(new HtmlReport());
  }

  private ReportFormats() {}

  private static void register(ReportWriter writer) {
    WRITERS.put(writer.format(), writer);
  }

  /** The writer for a format name. */
  public static Optional<ReportWriter> forName(String name) {
    return Optional.ofNullable(WRITERS.get(name));
  }

  /** Every format name, sorted. */
  public static List<String> names() {
    return List.copyOf(WRITERS.keySet());
  }
}
