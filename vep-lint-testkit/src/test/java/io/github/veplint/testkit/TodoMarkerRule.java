package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;

/**
 * A third party's rule, as README's "Adding your own rules" describes one: every {@code TODO} in
 * a VEP is a warning at its column, and a main file without a Risks section an error on its
 * title. It reads raw lines, so an expect marker the kit failed to strip would show up as a TODO.
 */
final class TodoMarkerRule implements DocumentRule {

  @Override
  public String id() {
    return "todo-marker";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "No TODO left, and a Risks section";
  }

  @Override
  public String description() {
    return "Bad: `TODO: write this`. Good: the text.";
  }

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    for (int i = 0; i < vep.lines().size(); i++) {
      String line = vep.lines().get(i);
      for (int at = line.indexOf("TODO"); at >= 0; at = line.indexOf("TODO", at + 1)) {
        sink.report(new SourcePosition(i + 1, at + 1), "resolve this 'TODO' before review");
      }
    }
    if (vep.location().isMainFile() && vep.section("Risks").isEmpty()) {
      sink.report(Report.at(vep.title().map(t -> t.position()).orElse(SourcePosition.START),
          "add a '## Risks' section").withSeverity(Severity.ERROR));
    }
  }
}
