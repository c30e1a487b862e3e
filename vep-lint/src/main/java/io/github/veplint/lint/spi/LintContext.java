package io.github.veplint.lint.spi;

import io.github.veplint.lint.template.TemplateGenerations;
import io.github.veplint.lint.template.TemplateHistory;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Facts about the repository and the run that rules may use. Immutable.
 *
 * @param repositoryRoot the repository root, absolute
 * @param repository the directory scan (VEP roots, template, VEP directories, SIG directories)
 * @param sigs the valid SIG names: from configuration, else (with a base) the SIG directories at
 *     the base revision, else the SIG directories found
 * @param template the parsed template, when the repository has one
 * @param knownVepNumbers every VEP number the repository's directory names carry
 * @param today the date date-based rules measure against (configurable for reproducible runs)
 * @param templates the template's generations and when a VEP must meet today's template (rules
 *     ask {@link VepFile#template()})
 * @param changedSinceBase with {@code --base REF}: the files changed between REF and the working
 *     tree, relative to the repository root; empty without a base
 * @param base with {@code --base REF}: the VEPs as they were at REF; empty without a base
 * @param releases release schedules and VEP Freeze exceptions ({@link ReleaseCalendar#NONE} when
 *     no schedule source is configured)
 * @param transitions the status changes a pull request may make ({@code status-transitions})
 */
public record LintContext(
    Path repositoryRoot,
    VepRepository repository,
    SortedSet<String> sigs,
    Optional<Vep> template,
    Set<Integer> knownVepNumbers,
    LocalDate today,
    TemplateGenerations templates,
    Optional<Set<Path>> changedSinceBase,
    Optional<BaseRevision> base,
    ReleaseCalendar releases,
    StatusTransitions transitions) {

  /** Copies the sets so the record stays immutable. */
  public LintContext {
    sigs = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(sigs));
    knownVepNumbers = Set.copyOf(knownVepNumbers);
    changedSinceBase = changedSinceBase.map(Set::copyOf);
  }

  /**
   * A context without git history, base revision or release schedules: the template's generations are vep-lint's record of the
   * kubevirt/enhancements template when {@code template} is one of its versions, else {@code
   * template} alone.
   */
  public LintContext(
      Path repositoryRoot,
      VepRepository repository,
      SortedSet<String> sigs,
      Optional<Vep> template,
      Set<Integer> knownVepNumbers,
      LocalDate today) {
    this(
        repositoryRoot,
        repository,
        sigs,
        template,
        knownVepNumbers,
        today,
        TemplateGenerations.of(TemplateHistory.withoutGit(template)),
        Optional.empty(),
        Optional.empty(),
        ReleaseCalendar.NONE,
        StatusTransitions.COMMUNITY);
  }

  /**
   * Whether the VEP's main file was added since the {@code --base} revision: changed, and at the
   * base neither at its path nor (a renamed directory) under its number. Such a VEP is being written
   * now, from today's template, so it must meet it whatever older layout it resembles.
   */
  public boolean isNewSinceBase(Vep vep) {
    if (base.isEmpty() || changedSinceBase.isEmpty() || !vep.location().isMainFile()) {
      return false;
    }
    String file = vep.location().relativePath();
    return changedSinceBase.get().contains(Path.of(file))
        && base.get().find(file, vep.metadata().number().map(n -> n.value())).isEmpty();
  }
}
