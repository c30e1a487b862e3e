package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.TemplateSectionRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.lint.template.TemplateGeneration;
import io.github.veplint.model.Vep;
import java.util.Optional;

/**
 * A VEP written for an older template generation is told, in one finding at its title, what today's
 * template adds or renames for it: what reviewers ask for by hand before a release ("update your
 * VEP with the status metadata found in the new template").
 */
@RuleInfo(
    id = "template-outdated",
    severity = Severity.INFO,
    summary = "A VEP written for an older template generation lists what today's template adds or renames",
    tags = "template")
public final class TemplateOutdatedRule extends TemplateSectionRule {

  @Override
  protected void checkSections(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (file.template().mustMeetCurrent().isPresent()) {
      return;
    }
    Optional<TemplateStatus> status = file.template().status();
    if (status.isEmpty() || status.get().current()) {
      return;
    }
    TemplateGeneration own = file.template().generation();
    String message =
        "written for the template of "
            + own.month()
            + own.until()
                .map(u -> " (in use until " + u.toString().substring(0, 7) + ")")
                .orElse("")
            + "; to meet today's template: "
            + String.join("; ", status.get().steps());
    SourcePosition position = vep.title().map(t -> t.position()).orElse(SourcePosition.START);
    sink.report(position, message);
  }
}
