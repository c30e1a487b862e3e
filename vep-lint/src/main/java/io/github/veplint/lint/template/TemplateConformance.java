package io.github.veplint.lint.template;

import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.template.TemplateChanges.Change;
import io.github.veplint.lint.template.TemplateSections.Placement;
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
 * How a VEP conforms to the template: where it has each section its template generation requires,
 * and how it stands with today's template. The engine (template status for reports) and the
 * template rules ({@code missing-section}, {@code section-level}, {@code section-order}, {@code
 * template-outdated}) ask the same file the same questions; the answers are facts of the {@link
 * VepFile}, worked out once per file.
 */
public final class TemplateConformance {

  private TemplateConformance() {}

  /**
   * How a VEP's main file stands with today's template: its own generation and the sections today's
   * template adds, renames or moves for it ({@code template-outdated} reports them). Empty for a
   * file that is not a VEP's main file or cannot be read. It depends on no rule's configuration,
   * nor on {@code template.enforce-current-from}: reports show every VEP's template status.
   */
  public static Optional<TemplateStatus> status(VepFile file) {
    return file.fact(STATUS);
  }

  /** Where the VEP has each section it must have, in template order. */
  public static List<Placement> placements(VepFile file) {
    return file.fact(PLACEMENTS);
  }

  private static final VepFile.Fact<List<Placement>> PLACEMENTS =
      VepFile.Fact.of("template placements", TemplateConformance::computePlacements);

  private static List<Placement> computePlacements(VepFile file) {
    List<Placement> placements;
    List<TemplateSections.Required> required = TemplateSections.requiredFor(file);
    Optional<java.util.Map<String, int[]>> index =
        GenerationFacts.of(file).flatMap(facts -> facts.nameIndex(required));
    if (index.isPresent()) {
      placements = TemplateSections.place(file.vep(), required, index.get());
    } else {
      placements = TemplateSections.place(file.vep(), required);
    }
    return List.copyOf(placements);
  }

  private static final VepFile.Fact<Optional<TemplateStatus>> STATUS =
      VepFile.Fact.of("template status", TemplateConformance::computeStatus);

  private static Optional<TemplateStatus> computeStatus(VepFile file) {
    Vep vep = file.vep();
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return Optional.empty();
    }
    TemplateGeneration own = file.templateGeneration();
    TemplateGeneration current = file.context().templates().history().current();
    if (own == current || (own.number() == current.number() && own.equals(current))) {
      return Optional.of(new TemplateStatus(own.month(), List.of(), List.of(), List.of()));
    }
    boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER;
    List<Change> changes =
        GenerationFacts.of(file)
            .flatMap(facts -> facts.changesToCurrent(own))
            .orElseGet(() -> TemplateChanges.between(own.layout(), current.layout()));
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
