package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
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
public final class SectionLevelRule implements DocumentRule {

  @Override
  public String id() {
    return "section-level";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Template sections use the template's heading level";
  }

  @Override
  public String description() {
    return """
The template's sections are all `##` headings under the `# VEP #<n>: <title>` heading. \
A template section written at another level changes the document's outline: a `#` \
heading looks like a second title and swallows the sections after it, and a `###` \
heading hides the section inside another one, where reviewers of the owning SIG will not \
look for it. This rule reports a template section that the VEP has only at the wrong \
level; `missing-section` reports one it does not have at all.

Bad:
```markdown
# Overview
...
## Design
...
### Alternatives
```

Good:
```markdown
# VEP #19: IBM Secure Execution VMs on IBM Z
## Overview
...
## Design
...
## Alternatives
```
""";
  }

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
