package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.TemplateSectionRule;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A template section appears only at another heading level than the template's, such as {@code #
 * Overview} or {@code ### Alternatives} where the template has {@code ## Overview} and {@code ##
 * Alternatives}. A VEP that has the section at the right level may use the same words in deeper
 * headings freely.
 */
@RuleInfo(
    id = "section-level",
    severity = Severity.WARNING,
    summary = "Template sections use the template's heading level",
    tags = "template",
    fixable = true)
public final class SectionLevelRule extends TemplateSectionRule {

  @Override
  protected void checkSections(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    for (Placement placement :
        file.template().placements()) {
      if (!placement.atLevel().isEmpty() || placement.elsewhere().isEmpty()) {
        continue;
      }
      // Only the first: later headings with the same words are usually subsections of something
      // else.
      Section wrong = placement.elsewhere().get(0);
      String expected = placement.required().markdown();
      String message =
          "'"
              + TemplateSections.markdown(wrong)
              + "' is the template's '"
              + expected
              + "' section at the wrong heading level: make it '"
              + expected
              + "' so the VEP's outline matches the template";
      sink.report(Report.at(wrong.position(), message).withFix(relevel(vep, wrong, placement.required().level())));
    }
  }

  /**
   * Gives the heading the template's level. A heading moved up takes its subsections along, so
   * they keep their depth under it; one moved down leaves them where they are: in VEPs that write
   * a section one level too high, what follows it at the template's levels (the template sections
   * after {@code # Overview}, the {@code ### Alpha} under {@code # Graduation Requirements}) is
   * already where the template puts it. None when a heading is not an ATX heading ({@code ## …})
   * or would leave levels 1–6.
   */
  static Optional<Fix> relevel(Vep vep, Section section, int level) {
    int shift = level - section.level();
    List<Fix.Edit> edits = new ArrayList<>();
    for (Section heading : shift < 0 ? section.flatten() : List.of(section)) {
      int to = heading.level() + shift;
      int line = heading.position().line();
      if (to < 1 || to > 6 || line > vep.lines().size()) {
        return Optional.empty();
      }
      String text = vep.line(line);
      int from = heading.position().column() - 1;
      int end = from + heading.level();
      boolean atx = end <= text.length()
          && text.substring(from, end).equals("#".repeat(heading.level()))
          && (end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == '\t');
      if (!atx) {
        return Optional.empty();
      }
      edits.add(new Fix.Edit(vep.location().relativePath(), heading.position(),
          new SourcePosition(line, end + 1), "#".repeat(to)));
    }
    return Optional.of(new Fix("make it '" + "#".repeat(level) + " " + section.text() + "'"
        + (edits.size() > 1 ? " and move its subsections with it" : ""), edits, List.of()));
  }
}
