package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.internal.CollectingSink;
import io.github.veplint.lint.spi.BaseRevision;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.lint.spi.RepositoryRule;
import io.github.veplint.lint.spi.StatusTransitions;
import io.github.veplint.lint.template.TemplateGenerations;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.ReleaseVersion;
import io.github.veplint.lint.template.TemplateHistory;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one rule on hand-written markdown with a configurable context, returning its findings
 * sorted. Findings carry the rule's default severity (or the one the rule chose), as the engine
 * would before configuration.
 */
final class RuleTester {

  private Path root = Path.of("target/rule-tester-repo").toAbsolutePath();
  private Set<String> sigs = new TreeSet<>(List.of("sig-compute", "sig-network", "sig-storage"));
  private Optional<Vep> template = Optional.empty();
  private Set<Integer> knownNumbers = Set.of();
  private LocalDate today = LocalDate.of(2026, 11, 25);
  private Optional<BaseRevision> base = Optional.empty();
  private ReleaseCalendar releases = ReleaseCalendar.NONE;
  private Optional<ReleaseVersion> enforceCurrentFrom = Optional.empty();
  private boolean changedMustBeCurrent = false;
  private Optional<Set<Path>> changedSinceBase = Optional.empty();
  private StatusTransitions transitions = StatusTransitions.COMMUNITY;

  static RuleTester tester() {
    return new RuleTester();
  }

  /** A repository root on disk (rules that look at files, e.g. broken-link, need one). */
  RuleTester root(Path root) {
    this.root = root.toAbsolutePath().normalize();
    return this;
  }

  RuleTester sigs(String... sigs) {
    this.sigs = new TreeSet<>(List.of(sigs));
    return this;
  }

  /** The template, parsed from markdown. */
  RuleTester template(String markdown) {
    this.template = Optional.of(parse("veps/NNNN-vep-template/vep.md", markdown));
    return this;
  }

  RuleTester knownNumbers(Integer... numbers) {
    this.knownNumbers = Set.of(numbers);
    return this;
  }

  RuleTester today(LocalDate today) {
    this.today = today;
    return this;
  }

  /** The VEPs at a base revision, as with {@code check --base}; the files it holds count as changed. */
  RuleTester base(BaseRevision base) {
    this.base = Optional.of(base);
    return this;
  }

  /** Release schedules and freeze exceptions. */
  RuleTester releases(ReleaseCalendar releases) {
    this.releases = releases;
    return this;
  }

  /** {@code status-transitions}. */
  RuleTester transitions(StatusTransitions transitions) {
    this.transitions = transitions;
    return this;
  }

  /** {@code template.enforce-current-from}. */
  RuleTester enforceCurrentFrom(String release) {
    this.enforceCurrentFrom = ReleaseVersion.parse(release);
    return this;
  }

  /** {@code template.changed-must-be-current: true}. */
  RuleTester changedMustBeCurrent() {
    this.changedMustBeCurrent = true;
    return this;
  }

  /** The paths a {@code --base} run found changed. */
  RuleTester changedSinceBase(String... paths) {
    this.changedSinceBase = Optional.of(Stream.of(paths).map(Path::of).collect(Collectors.toSet()));
    return this;
  }

  LintContext context() {
    VepRepository repository = VepRepository.scan(root);
    TemplateGenerations templates =
        new TemplateGenerations(
            TemplateHistory.withoutGit(template), enforceCurrentFrom, changedMustBeCurrent);
    Optional<Set<Path>> changed =
        base.isPresent() && changedSinceBase.isEmpty()
            ? base.map(b -> b.veps().keySet().stream().map(Path::of).collect(Collectors.toSet()))
            : changedSinceBase;
    return new LintContext(
        root,
        repository,
        new TreeSet<>(sigs),
        template,
        knownNumbers,
        today,
        templates,
        changed,
        base,
        releases,
        transitions);
  }

  static Vep parse(String relativePath, String markdown) {
    return VepParser.parse(relativePath, markdown.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs a document rule on markdown at a repository-relative path. */
  List<Finding> check(DocumentRule rule, String relativePath, String markdown) {
    return check(rule, parse(relativePath, markdown));
  }

  /** Runs a document rule on a parsed VEP. */
  List<Finding> check(DocumentRule rule, Vep vep) {
    List<Finding> findings = new ArrayList<>();
    rule.check(VepFile.alone(vep, context()), new CollectingSink(rule, vep.location().relativePath(), findings));
    return findings.stream().sorted().toList();
  }

  /** The markdown after applying the fixes the rule offers with its findings on it (moves aside). */
  String fixed(DocumentRule rule, String relativePath, String markdown) {
    List<io.github.veplint.lint.finding.Fix> fixes = check(rule, relativePath, markdown).stream()
        .flatMap(f -> f.fix().stream()).toList();
    return new String(io.github.veplint.lint.fix.VepFixer.apply(
        markdown.getBytes(StandardCharsets.UTF_8), relativePath, fixes), StandardCharsets.UTF_8);
  }

  /** Runs a repository rule on summaries of parsed VEPs. */
  List<Finding> check(RepositoryRule rule, List<Vep> veps) {
    List<Finding> findings = new ArrayList<>();
    List<VepSummary> summaries = veps.stream().map(VepSummary::of).toList();
    rule.check(summaries, context(), new CollectingSink(rule, "", findings));
    return findings.stream().sorted().toList();
  }

  /**
   * Runs a repository rule the way the engine does over a whole repository: every markdown file of
   * the scan under {@link #root} is parsed and summarized.
   */
  List<Finding> checkRepository(RepositoryRule rule) {
    LintContext context = context();
    List<Vep> veps = new ArrayList<>();
    for (Path file : context.repository().markdownFiles()) {
      Path vepRoot = context.repository().vepRootOf(file).orElse(root);
      veps.add(VepParser.parse(root, vepRoot, file));
    }
    return check(rule, veps, context);
  }

  /** Runs a repository rule on summaries of parsed VEPs, as if only those files were linted. */
  List<Finding> check(RepositoryRule rule, List<Vep> veps, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    List<VepSummary> summaries = veps.stream().map(VepSummary::of).toList();
    rule.check(summaries, context, new CollectingSink(rule, "", findings));
    return findings.stream().sorted().toList();
  }
}
