package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateConformance;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;

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
    tags = "template")
public final class SectionLevelRule implements DocumentRule {

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    LintContext context = file.context();
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return;
    }
    for (Placement placement :
        TemplateConformance.placements(file)) {
      if (!placement.atLevel().isEmpty() || placement.elsewhere().isEmpty()) {
        continue;
      }
      // Only the first: later headings with the same words are usually subsections of something
      // else.
      Section wrong = placement.elsewhere().get(0);
      String expected = placement.required().markdown();
      sink.report(
          wrong.position(),
          "'"
              + TemplateSections.markdown(wrong)
              + "' is the template's '"
              + expected
              + "' section at the wrong heading level: make it '"
              + expected
              + "' so the VEP's outline matches the template");
    }
  }
}
