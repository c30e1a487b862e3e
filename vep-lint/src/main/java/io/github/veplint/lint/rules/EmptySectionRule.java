package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.template.TemplateSections;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;

/**
 * A section says nothing: its body, subsections included, holds only whitespace and HTML comments
 * (such as the template's prompts). Reports the outermost empty section only, never the title, and
 * leaves alone the sections that fill in as the VEP progresses (Implementation History, later
 * graduation stages).
 */
public final class EmptySectionRule implements DocumentRule {

  @Override
  public String id() {
    return "empty-section";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every section has content (N/A when it does not apply)";
  }

  @Override
  public String description() {
    return """
The VEP process asks authors to fill every section of the template and to write N/A \
where one does not apply. An empty section, or one that still holds only the template's \
`<!-- -->` prompt (invisible once rendered), leaves reviewers and approvers unable to \
tell "not applicable" from "not thought about yet". A heading whose subsections have \
content is not empty; when a section and all its subsections are empty, only the outer \
one is reported. Stage subsections (Alpha, Beta, GA) of the graduation requirements may \
stay empty while the VEP has not reached them, as the template allows, and so may the \
Implementation History, a log that fills in as implementation PRs merge.

Bad:
```markdown
## Scalability

<!--
Overview of how the design scales)
-->
```

Good:
```markdown
## Scalability

N/A: the feature adds no controllers or watches; its cost is per VM.
```
""";
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return;
    }
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
