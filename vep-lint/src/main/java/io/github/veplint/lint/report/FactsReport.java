package io.github.veplint.lint.report;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.Located;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a shell script needs of a run, as {@code key=value} lines it can read without a JSON parser
 * (the GitHub Action's script reads them for its step outputs, its label and its tracking-issue
 * check):
 *
 * <pre>{@code
 * errors=1
 * warnings=0
 * infos=2
 * front-matter=veps/sig-network/999-clean-example/vep.md
 * vep=999<TAB>veps/sig-network/999-clean-example/vep.md<TAB>3<TAB>13
 * }</pre>
 *
 * <p>The counts come first. Then one {@code front-matter} line for each linted main {@code vep.md}
 * whose front matter is valid (it has front matter, and none of the rules that judge the front
 * matter as a whole found anything), and for each of those that writes a {@code vep-number} a
 * {@code vep} line with the number, the file and the line and column of the number. Paths are
 * relative to the repository root; a path holding a control character is left out, so every line
 * stays one fact.
 */
public final class FactsReport implements ReportWriter {

  /** The rules that judge the front matter as a whole: it is there, it is YAML, it meets the schema. */
  private static final Set<String> FRONT_MATTER_RULES =
      Set.of("frontmatter-missing", "frontmatter-syntax", "frontmatter-schema");

  @Override
  public String format() {
    return "facts";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    Map<Severity, Integer> counts = result.countsBySeverity();
    out.write("errors=" + counts.get(Severity.ERROR) + "\n");
    out.write("warnings=" + counts.get(Severity.WARNING) + "\n");
    out.write("infos=" + counts.get(Severity.INFO) + "\n");
    for (Map.Entry<String, Optional<Located<Integer>>> entry : result.frontMatterNumbers().entrySet()) {
      String file = entry.getKey();
      if (!file.endsWith("/vep.md") || file.chars().anyMatch(Character::isISOControl)
          || result.findingsIn(file).stream().map(Finding::ruleId).anyMatch(FRONT_MATTER_RULES::contains)) {
        continue;
      }
      out.write("front-matter=" + file + "\n");
      Optional<Located<Integer>> number = entry.getValue().filter(n -> n.value() > 0);
      if (number.isPresent()) {
        out.write("vep=" + number.get().value() + "\t" + file + "\t" + number.get().position().line() + "\t"
            + number.get().position().column() + "\n");
      }
    }
  }
}
