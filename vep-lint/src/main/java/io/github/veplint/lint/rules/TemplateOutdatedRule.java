package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.TemplateStatus;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateConformance;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.TemplateGeneration;
import io.github.veplint.model.Vep;
import java.util.Optional;

/**
 * A VEP written for an older template generation is told, in one finding at its title, what today's
 * template adds or renames for it: what reviewers ask for by hand before a release ("update your
 * VEP with the status metadata found in the new template").
 */
public final class TemplateOutdatedRule implements DocumentRule {

  @Override
  public String id() {
    return "template-outdated";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "A VEP written for an older template generation lists what today's template adds or"
        + " renames";
  }

  @Override
  public String description() {
    return """
The VEP template changes: in kubevirt/enhancements "Implementation Phases" and "Feature \
lifecycle Phases" became "Implementation History" and "Graduation Requirements" \
(September 2025), and the release metadata moved into a "VEP Status Metadata" section with \
"Target releases" and the "Release Signoff Checklist" (March 2026). vep-lint checks each \
VEP against the template generation it was written for (see the README: generations come \
from the template's git history), so `missing-section` does not bury the one real problem \
of a pull request under findings on VEPs nobody is touching. This rule says, once per VEP, \
what it would take to meet today's template, so the gap is visible without failing the \
build. Maintainers escalate it with `template.enforce-current-from: vX.Y` (VEPs targeting \
that release or later must meet today's template: the missing sections become \
`missing-section` errors) and `template.changed-must-be-current: true` (with `--base`, a \
VEP changed since the base must). A VEP with front matter (VEP 282) needs neither "VEP \
Status Metadata", "Target releases" nor the checklist in its body.

Bad (written for the template of 2025-01, linted against today's):
```markdown
# VEP #42: CPU hotplug
## Release Signoff Checklist
...
## Functional Testing Approach
## Implementation Phases
## Feature lifecycle Phases
```

Good:
```markdown
# VEP #42: CPU hotplug
## VEP Status Metadata
### Target releases
- This VEP targets alpha for version: v1.9
### Release Signoff Checklist
...
## Functional Testing Approach
## Implementation History
## Graduation Requirements
```
""";
  }

  @Override
  public void check(VepFile file, FindingSink sink) {
    Vep vep = file.vep();
    if (file.context().mustMeetCurrentTemplate(vep).isPresent()) {
      return;
    }
    Optional<TemplateStatus> status = TemplateConformance.status(file);
    if (status.isEmpty() || status.get().current()) {
      return;
    }
    TemplateGeneration own = file.templateGeneration();
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
