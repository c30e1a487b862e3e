package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a lint result in one format. Implementations are stateless. */
public interface ReportWriter {

  /** The format's name on the command line, e.g. {@code sarif}. */
  String format();

  /**
   * Writes the report.
   *
   * @param result the findings
   * @param context rule metadata and presentation settings
   * @param out where to write; not closed
   */
  void write(LintResult result, ReportContext context, Writer out) throws IOException;
}
