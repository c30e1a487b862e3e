package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepTitle;
import java.util.Optional;

/** The first level-1 heading of a VEP is {@code # VEP #<n>: <title>}. */
@RuleInfo(
    id = "title-format",
    severity = Severity.ERROR,
    summary = "The first heading is 'VEP #<number>: <title>'",
    tags = "template",
    fixable = true)
public final class TitleFormatRule extends MainFileRule {

  @Override
  protected void checkMainFile(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (vep.title().isEmpty()) {
      SourcePosition at = vep.sectionsAtLevel(1).stream().findFirst()
          .map(s -> s.position())
          .orElse(vep.frontMatter().map(f -> SourcePosition.lineStart(Math.min(f.endLine() + 1, Math.max(1, vep.lines().size())))).orElse(SourcePosition.START));
      sink.report(at, "the VEP has no title heading: start it with '# VEP #" + number(vep) + ": <title>'");
      return;
    }
    VepTitle title = vep.title().get();
    String expected = "'# VEP #" + number(vep) + ": " + (title.text().isEmpty() ? "<title>" : title.text()) + "'";
    String message;
    if (!title.hasVepPrefix()) {
      message = "the title heading does not start with 'VEP #<number>:': write " + expected;
    } else if (title.number().isEmpty() && isPlaceholderNumber(title)) {
      // '# VEP #NNNN: ...' is the template's title left in place: template-placeholder reports it
      // once, with the number to write; a second finding here would be the same mistake.
      return;
    } else if (title.number().isEmpty()) {
      message = "the title heading has no VEP number: write " + expected;
    } else if (title.text().isEmpty()) {
      sink.report(title.position(), "the title heading has no title after the number: write " + expected);
      return;
    } else if (!title.separator().equals(":")) {
      message = "separate the VEP number from the title with ':': write " + expected;
    } else {
      return;
    }
    sink.report(Report.at(title.position(), message).withFix(rewrite(vep, title)));
  }

  /**
   * The title line rewritten as {@code # VEP #<n>: <title>}, keeping the title's words as written.
   * None when the VEP's number is not known for sure (no number, or the path and the front matter
   * disagree), the heading is not a one-line {@code # } heading, or the parsed title does not end
   * the heading verbatim (inline markup, which the parsed title drops, would be lost).
   */
  private static Optional<Fix> rewrite(Vep vep, VepTitle title) {
    Optional<Integer> number = vep.metadata().number().map(n -> n.value());
    Optional<Integer> fromPath = vep.location().number();
    if (number.isEmpty() || title.text().isEmpty() || (fromPath.isPresent() && !fromPath.equals(number))) {
      return Optional.empty();
    }
    int line = title.position().line();
    String text = vep.line(line);
    if (title.position().column() != 1 || !text.startsWith("# ")) {
      return Optional.empty();
    }
    String heading = text.substring(2).replaceFirst("\\s+#+\\s*$", "").strip();
    int at = heading.lastIndexOf(title.text());
    if (at < 0 || !heading.substring(at).equals(title.text())) {
      return Optional.empty();
    }
    String rewritten = "# VEP #" + number.get() + ": " + title.text();
    return Optional.of(Fix.replace("write '" + rewritten + "'", vep.location().relativePath(),
        SourcePosition.lineStart(line), new SourcePosition(line, text.length() + 1), rewritten));
  }

  private static boolean isPlaceholderNumber(VepTitle title) {
    return title.numberText().map(n -> n.equals("NNNN")).orElse(false)
        || title.heading().matches("(?i)\\s*VEP\\s*#?\\s*NNNN\\b.*");
  }

  private static String number(Vep vep) {
    return vep.metadata().number().map(n -> String.valueOf(n.value())).orElse("<number>");
  }
}
