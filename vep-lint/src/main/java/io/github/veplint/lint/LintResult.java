package io.github.veplint.lint;

import io.github.veplint.lint.baseline.BaselineState;
import io.github.veplint.lint.baseline.Comparison;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.model.Located;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one lint run, with the settings it ran with: what reports, exit statuses and the
 * release view need to know of the run is read here, never by loading the configuration again.
 *
 * @param repositoryRoot the repository root findings are relative to
 * @param files the markdown files that were linted, relative to the root, sorted
 * @param findings every finding, sorted by file, line, column and rule
 * @param templateStatuses how each linted VEP main file stands with today's template, by path
 *     relative to the root (computed whether or not {@code template-outdated} is enabled)
 * @param notices what the run could not decide, once each, sorted
 * @param frontMatterNumbers every linted file that has front matter, by path relative to the root,
 *     with the {@code vep-number} written there and where, when it has one
 * @param settings the settings the run used
 * @param comparison which findings were there before the run's change (with {@code --base} or
 *     {@code --baseline}), and whether only new ones count toward {@code fail-on}; {@link
 *     Comparison#NONE} for a run that compared with nothing
 */
public record LintResult(
    String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses,
    List<Notice> notices, Map<String, Optional<Located<Integer>>> frontMatterNumbers, Settings settings,
    Comparison comparison) {

  /**
   * The settings of one run.
   *
   * @param config the effective configuration: the configuration file's settings with the run's
   *     own on top (rule levels, date, release schedule source, and the fail-on level, always
   *     present: the given one, else the file's, else {@code error})
   * @param base the git revision the run compared with, as given
   * @param changedOnly whether only the files changed since {@code base} were linted
   * @param calendar the release schedules and freeze exceptions the run used
   */
  public record Settings(LintConfig config, Optional<String> base, boolean changedOnly, ReleaseCalendar calendar) {

    /** The settings of a run with no configuration file, base or schedule. */
    public static final Settings DEFAULTS =
        new Settings(LintConfig.DEFAULTS.withFailOn(FailOn.ERROR), Optional.empty(), false, ReleaseCalendar.NONE);
  }

  /** Copies the collections so the record stays immutable. */
  public LintResult {
    files = List.copyOf(files);
    findings = findings.stream().sorted().toList();
    templateStatuses = Collections.unmodifiableMap(new TreeMap<>(templateStatuses));
    notices = notices.stream().distinct().sorted().toList();
    frontMatterNumbers = Collections.unmodifiableMap(new TreeMap<>(frontMatterNumbers));
    java.util.Objects.requireNonNull(settings, "settings");
    java.util.Objects.requireNonNull(comparison, "comparison");
  }

  /** A result that compared with nothing. */
  public LintResult(
      String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses,
      List<Notice> notices, Map<String, Optional<Located<Integer>>> frontMatterNumbers, Settings settings) {
    this(repositoryRoot, files, findings, templateStatuses, notices, frontMatterNumbers, settings, Comparison.NONE);
  }

  /** A result without notices, with {@link Settings#DEFAULTS}. */
  public LintResult(
      String repositoryRoot, List<String> files, List<Finding> findings, Map<String, TemplateStatus> templateStatuses) {
    this(repositoryRoot, files, findings, templateStatuses, List.of(), Map.of(), Settings.DEFAULTS);
  }

  /** A result without template statuses, with {@link Settings#DEFAULTS}. */
  public LintResult(String repositoryRoot, List<String> files, List<Finding> findings) {
    this(repositoryRoot, files, findings, Map.of(), List.of(), Map.of(), Settings.DEFAULTS);
  }

  /**
   * The same run with more findings, from checks made outside the linter (the GitHub Action's
   * tracking-issue check): reported with the run's own and counted by {@link #fails}.
   */
  public LintResult withFindings(List<Finding> more) {
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(more);
    return new LintResult(repositoryRoot, files, all, templateStatuses, notices, frontMatterNumbers, settings,
        comparison);
  }

  /** The same result compared with what was there before. */
  public LintResult withComparison(Comparison other) {
    return new LintResult(repositoryRoot, files, findings, templateStatuses, notices, frontMatterNumbers, settings,
        other);
  }

  /** Whether a finding is new or was there before; empty when the run compared with nothing. */
  public Optional<BaselineState> baselineState(Finding finding) {
    return comparison.state(finding);
  }

  /** The findings that were already there before the run's change, in report order. */
  public List<Finding> preExistingFindings() {
    return findings.stream().filter(comparison.preExisting()::contains).toList();
  }

  /** The effective configuration of the run ({@link Settings#config}). */
  public LintConfig config() {
    return settings.config();
  }

  /** The lowest severity that fails the run: the given one, else the configuration's, else {@code error}. */
  public FailOn failOn() {
    return settings.config().failOn().orElse(FailOn.ERROR);
  }

  /**
   * Whether a finding that counts reaches {@link #failOn}: the run fails (exit status 1, a failed
   * build). With {@code --new-only} or a baseline file, a pre-existing finding does not count.
   */
  public boolean fails() {
    return failOn().threshold().map(this::failsAt).orElse(false);
  }

  /**
   * Whether a finding that counts is at least as severe as {@code threshold} (with {@code
   * --new-only} or a baseline file, a pre-existing finding does not count).
   */
  public boolean failsAt(Severity threshold) {
    return comparison.fails(findings, threshold);
  }

  /** How a VEP main file stands with today's template, when it was linted as one. */
  public Optional<TemplateStatus> templateStatus(String file) {
    return Optional.ofNullable(templateStatuses.get(file));
  }

  /** How many findings there are of each severity (every severity present, zero included). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /** How many findings each rule raised, by rule id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return counts;
  }

  /** Whether any finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /** The findings of one file. */
  public List<Finding> findingsIn(String file) {
    return findings.stream().filter(f -> f.file().equals(file)).toList();
  }
}
