package io.github.veplint.lint.internal;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.Rule;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Collects one rule's findings in one file, stamping them with the rule's id and (unless the rule
 * chose one) its default severity. Configuration and suppressions are applied later by the engine.
 */
public final class CollectingSink implements FindingSink {

  private final Rule rule;
  private final String file;
  private final List<Finding> out;
  private final BiConsumer<Rule, String> notes;

  /**
   * Creates a sink.
   *
   * @param rule the rule whose findings these are
   * @param file the file being checked, relative to the repository root ({@code ""} for repository rules)
   * @param out where findings are added
   */
  public CollectingSink(Rule rule, String file, List<Finding> out) {
    this(rule, file, out, (r, message) -> {});
  }

  /**
   * Creates a sink that also passes on what the rule notes about the run.
   *
   * @param rule the rule whose findings these are
   * @param file the file being checked, relative to the repository root ({@code ""} for repository rules)
   * @param out where findings are added
   * @param notes receives the rule and each message it notes
   */
  public CollectingSink(Rule rule, String file, List<Finding> out, BiConsumer<Rule, String> notes) {
    this.rule = rule;
    this.file = file;
    this.out = out;
    this.notes = notes;
  }

  @Override
  public void note(String message) {
    notes.accept(rule, message);
  }

  @Override
  public void report(Report report) {
    out.add(new Finding(rule.id(), report.severity().orElse(rule.defaultSeverity()),
        report.file().orElse(file), report.position(), report.message(), report.fix()));
  }
}
