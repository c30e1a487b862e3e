package io.github.veplint.lint.template;

import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The template's generations for a run, and when a VEP must meet today's template (or one of its
 * sections) rather than the one it was written for. What depends only on the history (each
 * generation's required sections and changes to today's template) is worked out on first use and
 * shared by the run's threads; {@link #conformance} answers for one file.
 */
public final class TemplateGenerations {

  private final TemplateHistory history;
  private final Optional<ReleaseVersion> enforceCurrentFrom;
  private final boolean changedMustBeCurrent;
  private final Map<String, RequiredFrom> requiredFrom;
  /** Worked out on first use: see {@link #facts()}. */
  private volatile GenerationFacts facts;

  /**
   * The generations of a run.
   *
   * @param history the template's versions and generations
   * @param enforceCurrentFrom {@code template.enforce-current-from}: a VEP targeting this release
   *     or a later one must meet today's template
   * @param changedMustBeCurrent {@code template.changed-must-be-current}: a VEP changed since the
   *     base must meet today's template
   * @param requiredFrom {@code template.required-from}: per section heading, from when it is
   *     required (keyed here by its normalized heading, {@link Section#normalize})
   */
  public TemplateGenerations(
      TemplateHistory history,
      Optional<ReleaseVersion> enforceCurrentFrom,
      boolean changedMustBeCurrent,
      Map<String, RequiredFrom> requiredFrom) {
    this.history = Objects.requireNonNull(history, "history");
    this.enforceCurrentFrom = Objects.requireNonNull(enforceCurrentFrom, "enforceCurrentFrom");
    this.changedMustBeCurrent = changedMustBeCurrent;
    Map<String, RequiredFrom> normalized = new LinkedHashMap<>();
    requiredFrom.forEach((heading, from) -> normalized.put(Section.normalize(heading), from));
    this.requiredFrom = Map.copyOf(normalized);
  }

  /** Generations without per-section requirements. */
  public TemplateGenerations(
      TemplateHistory history,
      Optional<ReleaseVersion> enforceCurrentFrom,
      boolean changedMustBeCurrent) {
    this(history, enforceCurrentFrom, changedMustBeCurrent, Map.of());
  }

  /** The history without any escalation. */
  public static TemplateGenerations of(TemplateHistory history) {
    return new TemplateGenerations(history, Optional.empty(), false, Map.of());
  }

  /** The history with the {@code template:} settings' escalations. */
  public static TemplateGenerations of(TemplateHistory history, TemplateSettings settings) {
    return new TemplateGenerations(
        history, settings.enforceCurrentFrom(), settings.changedMustBeCurrent(), settings.requiredFrom());
  }

  /** The template's versions and generations. */
  public TemplateHistory history() {
    return history;
  }

  /** {@code template.enforce-current-from}, when set. */
  public Optional<ReleaseVersion> enforceCurrentFrom() {
    return enforceCurrentFrom;
  }

  /** {@code template.changed-must-be-current}. */
  public boolean changedMustBeCurrent() {
    return changedMustBeCurrent;
  }

  /** {@code template.required-from}, keyed by normalized heading. */
  public Map<String, RequiredFrom> requiredFrom() {
    return requiredFrom;
  }

  /**
   * How one file conforms to the template.
   *
   * @param vep the parsed file
   * @param newSince with a base revision, the base's description when the VEP's main file was
   *     added since it (it is being written now, from today's template); else empty
   * @param changedSinceBase whether the file changed since the base revision
   */
  public TemplateConformance conformance(Vep vep, Optional<String> newSince, boolean changedSinceBase) {
    return new TemplateConformance(
        vep, this, Optional.of(facts()), mustMeetCurrent(vep, newSince, changedSinceBase));
  }

  /**
   * Why the VEP must meet today's template whatever generation it was written for: it is new since
   * the base, it targets {@code template.enforce-current-from} or a later release, or it changed
   * since the base and {@code template.changed-must-be-current} is set.
   */
  Optional<String> mustMeetCurrent(Vep vep, Optional<String> newSince, boolean changedSinceBase) {
    if (newSince.isPresent()) {
      return Optional.of("it is new since %s, so it is written from today's template".formatted(newSince.get()));
    }
    if (enforceCurrentFrom.isPresent()) {
      ReleaseVersion from = enforceCurrentFrom.get();
      Optional<ReleaseVersion> target =
          vep.metadata().milestones().targets().stream()
              .filter(ReleaseTarget::hasVersion)
              .flatMap(t -> t.version().stream())
              .filter(v -> v.minorRelease().compareTo(from.minorRelease()) >= 0)
              .findFirst();
      if (target.isPresent()) {
        return Optional.of("it targets %s, and VEPs targeting %s or later must meet today's template"
            .formatted(target.get(), from));
      }
    }
    if (changedMustBeCurrent && changedSinceBase) {
      return Optional.of("it changed since the base, and changed VEPs must meet today's template");
    }
    return Optional.empty();
  }

  /** What depends only on the history, worked out once and shared by the run's threads. */
  GenerationFacts facts() {
    GenerationFacts known = facts;
    if (known == null) {
      synchronized (this) {
        known = facts;
        if (known == null) {
          known = new GenerationFacts(history);
          facts = known;
        }
      }
    }
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TemplateGenerations that
        && history.equals(that.history)
        && enforceCurrentFrom.equals(that.enforceCurrentFrom)
        && changedMustBeCurrent == that.changedMustBeCurrent
        && requiredFrom.equals(that.requiredFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(history, enforceCurrentFrom, changedMustBeCurrent, requiredFrom);
  }

  @Override
  public String toString() {
    return "TemplateGenerations[history=%s, enforceCurrentFrom=%s, changedMustBeCurrent=%s, requiredFrom=%s]"
        .formatted(history, enforceCurrentFrom, changedMustBeCurrent, requiredFrom);
  }
}
