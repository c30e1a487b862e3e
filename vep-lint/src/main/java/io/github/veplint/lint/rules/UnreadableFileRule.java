package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Vep;
import java.util.EnumSet;
import java.util.Set;

/**
 * A markdown file of a VEP (main file or attachment) could not be read as UTF-8 text: an I/O
 * error, bytes that are not UTF-8, or binary content. Every rule reads the text, so their silence
 * on such a file means nothing until this is fixed.
 */
public final class UnreadableFileRule implements DocumentRule {

  private static final Set<ParseProblem.Kind> KINDS =
      EnumSet.of(
          ParseProblem.Kind.UNREADABLE,
          ParseProblem.Kind.ENCODING,
          ParseProblem.Kind.BINARY,
          ParseProblem.Kind.LIMIT);

  @Override
  public String id() {
    return "unreadable-file";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Every VEP markdown file, attachments included, is readable UTF-8 text";
  }

  @Override
  public String description() {
    return """
        VEPs are reviewed as text on GitHub and read by CI. A file in another encoding (often \
        Windows-1252 from a copy-paste, or UTF-16 from some editors) shows garbled characters \
        in review and can hide content from the checks; a binary file saved as `.md` (an image, \
        a document export) is not a proposal at all. Applies to attachments as well as `vep.md`. \
        So that hostile input stays cheap, a file over 2 MiB, a line over 32 768 characters \
        outside fenced code blocks, a paragraph the markdown parser would re-read too often (many \
        thousands of short lines) and markdown nested thousands of levels deep are reported and \
        not read. Long tables and fenced code blocks (full CRD examples) are read.

        Bad: a `vep.md` saved as Windows-1252, where `Live migration – design` contains the \
        byte `0x96`.

        Good: the same file saved as UTF-8 (the en dash is `0xE2 0x80 0x93`), or the dash \
        written as `-`.
        """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    vep.problems().stream()
        .filter(problem -> KINDS.contains(problem.kind()))
        .forEach(problem -> sink.report(problem.position(), problem.message()));
  }
}
