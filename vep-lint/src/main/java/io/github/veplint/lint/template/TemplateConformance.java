package io.github.veplint.lint.template;

import io.github.veplint.lint.template.TemplateChanges.Change;
import io.github.veplint.lint.template.TemplateSections.Placement;
import io.github.veplint.lint.template.TemplateLayout.Heading;
import io.github.veplint.model.Vep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one file conforms to the template, the one way rules and the engine ask about it: the
 * template generation the VEP was written for, whether it must meet today's template instead, the
 * sections it must have and where it has them, and how it stands with today's template. Each answer
 * is worked out on the first call and kept; a file's conformance belongs to one thread (a {@code
 * VepFile} hands it out through {@code template()}).
 */
public final class TemplateConformance {

  private final Vep vep;
  private final TemplateGenerations generations;
  /** The run's shared facts; empty to work everything out for this file alone. */
  private final Optional<GenerationFacts> shared;
  private final Optional<String> mustMeetCurrent;
  private TemplateGeneration generation;
  private List<TemplateSections.Required> requiredSections;
  private List<Placement> placements;
  private Optional<TemplateStatus> status;

  TemplateConformance(
      Vep vep,
      TemplateGenerations generations,
      Optional<GenerationFacts> shared,
      Optional<String> mustMeetCurrent) {
    this.vep = vep;
    this.generations = generations;
    this.shared = shared;
    this.mustMeetCurrent = mustMeetCurrent;
  }

  /** The run's template generations and their settings. */
  public TemplateGenerations generations() {
    return generations;
  }

  /** The run's template history ({@code generations().history()}). */
  public TemplateHistory history() {
    return generations.history();
  }

  /** The template generation the VEP was written for (see {@link TemplateHistory#generationOf}). */
  public TemplateGeneration generation() {
    if (generation == null) {
      generation = shared.map(facts -> facts.fitter().generationOf(vep))
          .orElseGet(() -> generations.history().generationOf(vep));
    }
    return generation;
  }

  /**
   * Why the VEP must meet today's template whatever generation it was written for, when it must:
   * it is new since the base, it targets {@code template.enforce-current-from} or a later release,
   * or it changed since the base and {@code template.changed-must-be-current} is set.
   */
  public Optional<String> mustMeetCurrent() {
    return mustMeetCurrent;
  }

  /** The generation the VEP is checked against: today's when it {@link #mustMeetCurrent}, else its own. */
  public TemplateGeneration requiredGeneration() {
    return mustMeetCurrent.isPresent() ? generations.history().current() : generation();
  }

  /** The sections the VEP must have, in template order (see {@link TemplateSections#requiredFor}). */
  public List<TemplateSections.Required> requiredSections() {
    if (requiredSections == null) {
      boolean metadataElsewhere = TemplateSections.keepsMetadataElsewhere(vep, generations.history());
      TemplateGeneration required = requiredGeneration();
      requiredSections = shared.flatMap(facts -> facts.requiredFor(required, metadataElsewhere))
          .orElseGet(() -> TemplateSections.requiredFor(generations.history(), required, metadataElsewhere));
    }
    return requiredSections;
  }

  /** Where the VEP has each section it must have, in template order. */
  public List<Placement> placements() {
    if (placements == null) {
      List<TemplateSections.Required> required = requiredSections();
      placements = List.copyOf(shared.flatMap(facts -> facts.nameIndex(required))
          .map(index -> TemplateSections.place(vep, required, index))
          .orElseGet(() -> TemplateSections.place(vep, required)));
    }
    return placements;
  }

  /**
   * How a VEP's main file stands with today's template: its own generation and the sections today's
   * template adds, renames or moves for it ({@code template-outdated} reports them). Empty for a
   * file that is not a VEP's main file or cannot be read. It depends on no rule's configuration,
   * nor on {@code template.enforce-current-from}: reports show every VEP's template status.
   */
  public Optional<TemplateStatus> status() {
    if (status == null) {
      status = computeStatus();
    }
    return status;
  }

  /** The same answers worked out for this file alone, without the run's shared facts (for tests). */
  TemplateConformance alone() {
    return new TemplateConformance(vep, generations, Optional.empty(), mustMeetCurrent);
  }

  private Optional<TemplateStatus> computeStatus() {
    if (!vep.location().isMainFile() || !TemplateSections.isReadable(vep)) {
      return Optional.empty();
    }
    TemplateGeneration own = generation();
    TemplateGeneration current = generations.history().current();
    if (own == current || (own.number() == current.number() && own.equals(current))) {
      return Optional.of(new TemplateStatus(own.month(), List.of(), List.of(), List.of()));
    }
    boolean frontMatter = vep.layout() == Vep.Layout.FRONT_MATTER;
    List<Change> changes =
        shared
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
