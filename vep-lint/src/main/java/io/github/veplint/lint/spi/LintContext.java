package io.github.veplint.lint.spi;

import io.github.veplint.model.Vep;
import io.github.veplint.model.VepRepository;
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
 * @param sigs the valid SIG names: from configuration, else the SIG directories found
 * @param template the parsed template, when the repository has one
 * @param knownVepNumbers every VEP number the repository's directory names carry
 * @param today the date date-based rules measure against (configurable for reproducible runs)
 * @param changedSinceBase with {@code --base REF}: the files changed between REF and the working
 *     tree, relative to the repository root; empty without a base
 * @param base with {@code --base REF}: the VEPs as they were at REF; empty without a base
 * @param releases release schedules and VEP Freeze exceptions ({@link ReleaseCalendar#NONE} when
 *     no schedule source is configured)
 */
public record LintContext(
    Path repositoryRoot,
    VepRepository repository,
    SortedSet<String> sigs,
    Optional<Vep> template,
    Set<Integer> knownVepNumbers,
    LocalDate today,
    Optional<Set<Path>> changedSinceBase,
    Optional<BaseRevision> base,
    ReleaseCalendar releases) {

  /** Copies the sets so the record stays immutable. */
  public LintContext {
    sigs = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(sigs));
    knownVepNumbers = Set.copyOf(knownVepNumbers);
    changedSinceBase = changedSinceBase.map(Set::copyOf);
  }

  /** A context without a base revision and without release schedules. */
  public LintContext(
      Path repositoryRoot,
      VepRepository repository,
      SortedSet<String> sigs,
      Optional<Vep> template,
      Set<Integer> knownVepNumbers,
      LocalDate today) {
    this(repositoryRoot, repository, sigs, template, knownVepNumbers, today, Optional.empty(),
        Optional.empty(), ReleaseCalendar.NONE);
  }
}
