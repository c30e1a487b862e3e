package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.rules.TemplateSections.OlderName;
import io.github.veplint.lint.rules.TemplateSections.Placement;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.TemplateGeneration;
import io.github.veplint.model.Vep;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code ##} section of the template generation the VEP was written for (today's, when the
 * configuration says it must meet today's template) is present in the VEP, at some heading level
 * (a section at the wrong level is {@code section-level}'s concern). Front matter VEPs need no "VEP
 * Status Metadata" section.
 */
public final class MissingSectionRule implements DocumentRule {

  @Override
  public String id() {
    return "missing-section";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Every '##' section of the template the VEP was written for is present";
  }

  @Override
  public String description() {
    return """
           Reviewers and approvers read VEPs against the template in \
           `veps/NNNN-vep-template/vep.md`: every section is a question the owning SIG expects \
           answered before it approves the design (who the users are, what the alternatives were, \
           how it scales, how it is tested, what graduating to Beta and GA requires). The process \
           asks authors to keep every section and write N/A where one does not apply, so that a \
           missing answer is visibly a decision rather than an oversight.

           Each VEP is held to the template generation it was written for (the one whose layout \
           it fits best; see the README), so a VEP written in 2025 with "Implementation Phases" \
           is not told it lacks "Implementation History": `template-outdated` lists what today's \
           template would add. With `template.enforce-current-from: vX.Y`, a VEP targeting that \
           release or later must meet today's template, and with `template.changed-must-be-current` \
           so must a VEP changed since `--base`; then headings of older generations do not count \
           and the message says what today's template calls them. Headings match ignoring case, \
           spacing and punctuation, and a few variants merged VEPs use are accepted (e.g. \
           "Alternatives Considered", "Non-Goals"). A VEP with YAML front matter (VEP 282) needs \
           neither "VEP Status Metadata" nor the "Release Signoff Checklist" in its body.

           Bad:
           ```markdown
           # VEP #42: Hotplug
           ## Overview
           ...
           ## Design
           ...
           ```

           Good:
           ```markdown
           # VEP #42: Hotplug
           ## Overview
           ...
           ## Goals
           ...
           ## Non Goals
           N/A
           ...
           ```
           """;
  }

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return;
    }
    List<Placement> placements =
        TemplateSections.placements(vep, context);
    TemplateGeneration generation = context.requiredTemplateGeneration(vep);
    String which =
        generation.equals(context.templates().history().current())
            ? context.mustMeetCurrentTemplate(vep).map(why -> " of today (" + why + ")").orElse("")
            : " of " + generation.month() + " it was written for";
    for (Placement placement : placements) {
      if (placement.isPresent()) {
        continue;
      }
      String heading = placement.required().markdown();
      String message =
          "missing '"
              + heading
              + "' section required by the VEP template"
              + which
              + ": add it"
              + placement.required().todaysHeading().map(h -> " as today's '" + h + "'").orElse("")
              + " (write N/A if it does not apply)"
              + hint(vep, placement).map(h -> "; " + h).orElse("");
      sink.report(whereItBelongs(vep, placements, placement.index()), message);
    }
  }

  private record OlderHeading(Section section, OlderName name) {}

  /**
   * What the VEP has instead: a heading from an older template generation, else a heading that
   * discusses the same topic elsewhere.
   */
  private static Optional<String> hint(Vep vep, Placement placement) {
    String heading = placement.required().markdown();
    Optional<String> older =
        olderHeading(vep, placement)
            .map(
                o ->
                    "this VEP has '"
                        + TemplateSections.markdown(o.section())
                        + "' from an older template: "
                        + o.name().change());
    return older.or(
        () ->
            TemplateSections.relatedHeading(vep, placement.required())
                .map(
                    related ->
                        "the VEP covers this topic under '"
                            + TemplateSections.markdown(related)
                            + "' (line "
                            + related.startLine()
                            + "): turn that into the '"
                            + heading
                            + "' section, or"
                            + " add the section and point to it"));
  }

  private static Optional<OlderHeading> olderHeading(Vep vep, Placement placement) {
    for (OlderName name : placement.required().olderNames()) {
      String wanted = Section.normalize(name.heading());
      for (Section section : TemplateSections.headings(vep)) {
        if (TemplateSections.names(section.text()).contains(wanted)) {
          return Optional.of(new OlderHeading(section, name));
        }
      }
    }
    return Optional.empty();
  }

  /** The heading of the next template section the VEP has: the missing one goes before it. */
  private static SourcePosition whereItBelongs(Vep vep, List<Placement> placements, int index) {
    for (int next = index + 1; next < placements.size(); next++) {
      Optional<Section> present = placements.get(next).representative();
      if (present.isPresent()) {
        return present.get().position();
      }
    }
    return SourcePosition.lineStart(Math.max(1, vep.lines().size()));
  }
}
