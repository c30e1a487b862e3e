package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.spi.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule table under "# Rules" in docs/rules.md is the catalog: one row per rule the class
 * path offers, sorted by id, with its default severity and its summary exactly as declared. A rule
 * added, renamed or reworded without the README fails here, so the table is never copied by hand
 * out of date.
 */
class ReadmeRuleTableTest {

  private static final Path README = Path.of("../docs/rules.md");

  @Test
  void theReadmeTableListsEveryRuleWithItsDefaultAndSummary() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Rule rule : VepLinter.discoverRules(getClass().getClassLoader())) {
      expected.add(row("`" + rule.id() + "`", rule.defaultSeverity().label(), rule.canFix() ? "yes" : "", rule.summary()));
    }

    List<String> actual = new ArrayList<>();
    for (List<String> cells : table(Files.readAllLines(README), "# Rules")) {
      assertThat(cells).as("a row of four cells: %s", cells).hasSize(4);
      actual.add(row(cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
    }

    assertThat(actual).as("docs/rules.md's rule table, row by row ('rule | default | fix | checks')")
        .containsExactlyElementsOf(expected);
    // Each rule's own page, linked from the index.
    String page = Files.readString(README);
    for (Rule rule : VepLinter.discoverRules(getClass().getClassLoader())) {
      assertThat(page).contains("[`" + rule.id() + "`](../vep-lint/src/main/resources/io/github/veplint/lint/rules/"
          + rule.id() + ".md)");
    }
  }

  private static String row(String rule, String severity, String fix, String summary) {
    return rule + " | " + severity + " | " + fix + " | " + summary;
  }

  /** The body rows of the first table after {@code heading}, as unescaped, trimmed cells. */
  static List<List<String>> table(List<String> lines, String heading) {
    int at = lines.indexOf(heading);
    assertThat(at).as("the page has the heading %s", heading).isNotNegative();
    int start = at + 1;
    while (start < lines.size() && !lines.get(start).startsWith("|")) {
      assertThat(lines.get(start)).as("no other heading before the table").doesNotStartWith("#");
      start++;
    }
    assertThat(start).as("a table under %s", heading).isLessThan(lines.size());
    assertThat(cells(lines.get(start))).containsExactly("rule", "default", "fix", "checks");
    assertThat(lines.get(start + 1)).matches("\\|(\\s*:?-+:?\\s*\\|)+");
    List<List<String>> rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(cells(lines.get(i)));
    }
    return rows;
  }

  // GitHub's table syntax: cells between unescaped pipes, '\|' for a pipe inside a cell.
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = line.strip();
    inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
