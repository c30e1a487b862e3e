package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.MainFileRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepTitle;

/** The first level-1 heading of a VEP is {@code # VEP #<n>: <title>}. */
@RuleInfo(
    id = "title-format",
    severity = Severity.ERROR,
    summary = "The first heading is 'VEP #<number>: <title>'",
    tags = "template")
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
    if (!title.hasVepPrefix()) {
      sink.report(title.position(), "the title heading does not start with 'VEP #<number>:': write " + expected);
    } else if (title.number().isEmpty() && isPlaceholderNumber(title)) {
      // '# VEP #NNNN: ...' is the template's title left in place: template-placeholder reports it
      // once, with the number to write; a second finding here would be the same mistake.
      return;
    } else if (title.number().isEmpty()) {
      sink.report(title.position(), "the title heading has no VEP number: write " + expected);
    } else if (title.text().isEmpty()) {
      sink.report(title.position(), "the title heading has no title after the number: write " + expected);
    } else if (!title.separator().equals(":")) {
      sink.report(title.position(), "separate the VEP number from the title with ':': write " + expected);
    }
  }

  private static boolean isPlaceholderNumber(VepTitle title) {
    return title.numberText().map(n -> n.equals("NNNN")).orElse(false)
        || title.heading().matches("(?i)\\s*VEP\\s*#?\\s*NNNN\\b.*");
  }

  private static String number(Vep vep) {
    return vep.metadata().number().map(n -> String.valueOf(n.value())).orElse("<number>");
  }
}
