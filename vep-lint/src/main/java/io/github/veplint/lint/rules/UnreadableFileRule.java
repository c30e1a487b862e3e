package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Vep;
import java.util.EnumSet;
import java.util.Set;

/**
 * A markdown file of a VEP (main file or attachment) could not be read as UTF-8 text: an I/O
 * error, bytes that are not UTF-8, or binary content. Every rule reads the text, so their silence
 * on such a file means nothing until this is fixed.
 */
@RuleInfo(
    id = "unreadable-file",
    severity = Severity.ERROR,
    summary = "Every VEP markdown file, attachments included, is readable UTF-8 text",
    tags = "files")
public final class UnreadableFileRule implements DocumentRule {

  private static final Set<ParseProblem.Kind> KINDS =
      EnumSet.of(
          ParseProblem.Kind.UNREADABLE,
          ParseProblem.Kind.ENCODING,
          ParseProblem.Kind.BINARY,
          ParseProblem.Kind.LIMIT);

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    vep.problems().stream()
        .filter(problem -> KINDS.contains(problem.kind()))
        .forEach(problem -> sink.report(problem.position(), problem.message()));
  }
}
