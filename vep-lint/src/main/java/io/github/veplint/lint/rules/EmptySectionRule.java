package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.TemplateSectionRule;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;

/**
 * A section says nothing: its body, subsections included, holds only whitespace and HTML comments
 * (such as the template's prompts). Reports the outermost empty section only, never the title, and
 * leaves alone the sections that fill in as the VEP progresses (Implementation History, later
 * graduation stages).
 */
@RuleInfo(
    id = "empty-section",
    severity = Severity.WARNING,
    summary = "Every section has content (N/A when it does not apply)",
    tags = "template")
public final class EmptySectionRule extends TemplateSectionRule {

  @Override
  protected void checkSections(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    for (Section root : vep.sections()) {
      check(vep, root, sink);
    }
  }

  private static void check(Vep vep, Section section, FindingSink sink) {
    // The title heading carries the VEP's name, not a section body; judge its subsections instead.
    if (TemplateSections.isImplementationLog(section)) {
      return;
    }
    if (!TemplateSections.isTitle(vep, section) && section.isEmpty()) {
      String heading = TemplateSections.markdown(section);
      sink.report(
          section.position(),
          "'"
              + heading
              + "' is empty"
              + (section.children().isEmpty() ? "" : ", and so are its subsections")
              + ": fill it in, or write N/A if it does not apply to this VEP (the VEP process asks"
              + " for every section to be filled; HTML comments do not count)");
      return;
    }
    if (TemplateSections.isGraduationSection(section)) {
      // Requirements for later stages may be added as the feature progresses (the template says
      // so): empty "### Beta" or "### GA" under graduation requirements that say something is fine.
      return;
    }
    for (Section child : section.children()) {
      check(vep, child, sink);
    }
  }
}
