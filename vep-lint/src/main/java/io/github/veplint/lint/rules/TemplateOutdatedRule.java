package io.github.veplint.lint.rules;

import io.github.veplint.lint.Severity;
import io.github.veplint.lint.TemplateStatus;
import io.github.veplint.lint.rules.TemplateChanges.Change;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.internal.PerFileMemo;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.TemplateGeneration;
import io.github.veplint.model.TemplateHistory;
import io.github.veplint.model.TemplateLayout.Heading;
import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
public final class TemplateOutdatedRule implements DocumentRule {

  @Override
  public void check(Vep vep, LintContext context, FindingSink sink) {
    if (context.mustMeetCurrentTemplate(vep).isPresent()) {
      return;
    }
    Optional<TemplateStatus> status = templateStatus(vep, context);
    if (status.isEmpty() || status.get().current()) {
      return;
    }
    TemplateGeneration own = context.templateGeneration(vep);
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

  /**
   * How a VEP's main file stands with today's template: its own generation and the sections today's
   * template adds, renames or moves for it (what this rule reports). Empty for a file that is not a
   * VEP's main file or cannot be read. It does not depend on this rule's configuration, nor on
   * {@code template.enforce-current-from}: reports use it to show every VEP's template status.
   */
  public static Optional<TemplateStatus> templateStatus(Vep vep, LintContext context) {
    // The engine asks for every file's status, and this rule again for its finding.
    return STATUSES.get(context, vep, () -> computeTemplateStatus(vep, context));
  }

  private static final PerFileMemo<Optional<TemplateStatus>> STATUSES = new PerFileMemo<>();

  private static Optional<TemplateStatus> computeTemplateStatus(Vep vep, LintContext context) {
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return Optional.empty();
    }
    TemplateGeneration own = context.templateGeneration(vep);
    TemplateGeneration current = context.templates().history().current();
    if (own.equals(current)) {
      return Optional.of(new TemplateStatus(own.month(), List.of(), List.of(), List.of()));
    }
    boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER;
    List<Change> changes = TemplateChanges.between(own.layout(), current.layout());
    Set<String> moved =
        changes.stream()
            .filter(c -> c.kind() == TemplateChanges.Kind.MOVE)
            .map(c -> c.to().orElseThrow().key())
            .collect(Collectors.toSet());
    List<String> add = new ArrayList<>();
    List<String> rename = new ArrayList<>();
    List<String> move = new ArrayList<>();
    for (Change change : changes) {
      if (frontMatter && isMetadata(change)) {
        continue;
      }
      switch (change.kind()) {
        case ADD -> {
          Heading to = change.to().orElseThrow();
          if (!TemplateSections.hasSection(vep, to.key())) {
            add.add(withChildren(vep, current, to, moved));
          }
        }
        case RENAME -> {
          Heading from = change.from().orElseThrow();
          Heading to = change.to().orElseThrow();
          if (TemplateSections.hasSection(vep, to.key())) {
            continue;
          }
          if (TemplateSections.hasSection(vep, from.key())) {
            rename.add("'" + from.markdown() + "' → '" + to.markdown() + "'");
          } else {
            add.add("'" + to.markdown() + "'");
          }
        }
        case MOVE -> {
          Heading from = change.from().orElseThrow();
          Heading to = change.to().orElseThrow();
          if (TemplateSections.hasSection(vep, from.key())
              && !TemplateSections.hasSectionAt(vep, to.key(), to.level())) {
            move.add(
                "'"
                    + from.markdown()
                    + "' under '"
                    + change.parent().map(Heading::markdown).orElse("")
                    + "' as '"
                    + to.markdown()
                    + "'");
          }
        }
        case REMOVE -> {}
      }
    }
    return Optional.of(new TemplateStatus(own.month(), add, rename, move));
  }

  private static boolean isMetadata(Change change) {
    return change.from().map(h -> TemplateHistory.METADATA_KEYS.contains(h.key())).orElse(false)
        || change.to().map(h -> TemplateHistory.METADATA_KEYS.contains(h.key())).orElse(false);
  }

  /**
   * An added section with the {@code ###} subsections today's template gives it, e.g. "Target
   * releases".
   */
  private static String withChildren(
      Vep vep, TemplateGeneration current, Heading section, Set<String> moved) {
    List<String> children = new ArrayList<>();
    for (Heading heading : current.layout().headings()) {
      Optional<Heading> parent = current.layout().parentOf(heading);
      if (heading.level() == 3
          && parent.isPresent()
          && parent.get().equals(section)
          && !moved.contains(heading.key())
          && !TemplateSections.hasSection(vep, heading.key())) {
        children.add("'" + heading.markdown() + "'");
      }
    }
    return "'"
        + section.markdown()
        + "'"
        + (children.isEmpty() ? "" : " with " + String.join(" and ", children));
  }
}
