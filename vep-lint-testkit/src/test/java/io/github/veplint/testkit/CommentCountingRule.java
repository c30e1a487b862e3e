package io.github.veplint.testkit;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.Vep;

/** Reports every HTML comment the parser saw: proves the kit's markers never reach a rule. */
final class CommentCountingRule implements DocumentRule {

  @Override
  public String id() {
    return "comment-count";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "Every HTML comment";
  }

  @Override
  public String description() {
    return "Reports each comment.";
  }

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    vep.comments().forEach(c -> sink.report(c.position(), "comment '" + c.text() + "'"));
  }
}
