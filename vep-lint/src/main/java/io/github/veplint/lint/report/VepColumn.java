package io.github.veplint.lint.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * An extra column of the HTML report's per-VEP table, e.g. which template generation a VEP follows
 * or what release it targets. The report itself knows only findings; a caller that knows more about
 * each file adds it this way instead of changing the page.
 *
 * @param header the column heading
 * @param cell the cell's text for a file (path relative to the repository root); plain text, escaped
 *     by the report
 */
public record VepColumn(String header, Function<String, String> cell) {

  /** Rejects nulls. */
  public VepColumn {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(cell, "cell");
  }
}
