package io.github.veplint.lint.internal;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.PathText;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.template.TemplateStatus;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RepositoryRule;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.spi.RunFacts;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.Located;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ScanProblem;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs rules over files: each file is parsed, checked by every document rule and reduced to a
 * {@link VepSummary} in parallel, so no parse tree outlives its file; repository rules then run on
 * the summaries. Configured severities, {@code off} and inline suppressions are applied here, not in
 * rules.
 */
public final class LintEngine {

  /** The id of findings the engine raises when a rule itself fails. */
  public static final String INTERNAL_ERROR = "internal-error";
  /** The id of the rule reporting suppressions that suppress nothing. */
  public static final String UNUSED_SUPPRESSION = "unused-suppression";
  /** The id of the rule that also reports paths the directory scan skipped. */
  static final String UNREADABLE_FILE = "unreadable-file";
  /** The rules that run on a file whose front matter is never closed: they judge the file as it stands. */
  private static final Set<String> WHEN_FRONT_MATTER_UNCLOSED = Set.of("frontmatter-syntax", UNREADABLE_FILE);

  private final List<Rule> rules;
  /** Each rule's {@link Rule#id()}, in the order of {@link #rules}. */
  private final List<String> ids;
  private final Set<String> ruleIds;
  private final LintConfig config;
  private final LintContext context;
  private final Map<String, TemplateStatus> templateStatuses = new ConcurrentHashMap<>();
  private final Map<String, Optional<Located<Integer>>> frontMatterNumbers = new ConcurrentHashMap<>();
  private final RunFacts runFacts;

  /** What rules noted about the run, each message once, with the first rule (by id) that said it. */
  private final Map<String, String> notes = new ConcurrentHashMap<>();

  /** Creates an engine for one run. */
  public LintEngine(List<Rule> rules, LintConfig config, LintContext context) {
    this.rules = List.copyOf(rules);
    this.ids = this.rules.stream().map(Rule::id).toList();
    this.ruleIds = ids.stream().collect(Collectors.toUnmodifiableSet());
    this.config = config;
    this.context = context;
    this.runFacts = new RunFacts(context);
  }

  private record FileOutcome(String file, List<Finding> findings, VepSummary summary, Suppressions suppressions) {}

  /** Lints the given files (absolute paths under the repository root); findings unsorted. */
  public List<Finding> run(List<Path> files) {
    List<Finding> findings = new ArrayList<>();
    List<Path> safe = new ArrayList<>();
    for (Path file : files) {
      String relative = context.repository().relativize(file);
      if (PathText.hasControl(relative)) {
        // Never linted: no rule sees the name, no report line can carry it raw.
        configure(new Finding(UNREADABLE_FILE, Severity.ERROR, PathText.safe(relative), SourcePosition.START,
            "the path holds a control character (shown escaped): vep-lint reads no file whose name could break a"
                + " line of its reports; rename it with lowercase letters, digits and hyphens"))
            .ifPresent(findings::add);
      } else {
        safe.add(file);
      }
    }
    List<FileOutcome> outcomes = safe.parallelStream().map(this::lintFile).toList();
    Map<String, Suppressions> suppressionsByFile = new HashMap<>();
    for (FileOutcome outcome : outcomes) {
      findings.addAll(outcome.findings());
      suppressionsByFile.put(outcome.file(), outcome.suppressions());
    }
    List<VepSummary> summaries = outcomes.stream().map(FileOutcome::summary).toList();
    for (Rule rule : rules) {
      if (rule instanceof RepositoryRule repositoryRule) {
        List<Finding> raw = new ArrayList<>();
        guard(rule, "", raw, () -> repositoryRule.check(summaries, context, new CollectingSink(rule, "", raw, this::note)));
        for (Finding finding : raw) {
          Optional<Finding> configured = configure(finding);
          Suppressions suppressions = suppressionsByFile.get(finding.file());
          if (configured.isPresent() && (suppressions == null || !suppressions.suppresses(configured.get()))) {
            findings.add(configured.get());
          }
        }
      }
    }
    reportScanProblems(outcomes, findings);
    for (FileOutcome outcome : outcomes) {
      for (Suppressions.Unused unused : outcome.suppressions().unused()) {
        configure(new Finding(UNUSED_SUPPRESSION, Severity.INFO, outcome.file(), unused.position(), unused.message()))
            .ifPresent(findings::add);
      }
    }
    return findings;
  }

  /**
   * What the directory scan did not follow or could not list (a symbolic link out of the
   * repository or in a loop, a directory it cannot read) becomes an {@code unreadable-file} finding
   * on that path, so that skipping it is never silent. Only paths next to a linted file count.
   */
  private void reportScanProblems(List<FileOutcome> outcomes, List<Finding> findings) {
    if (!ruleIds.contains(UNREADABLE_FILE)) {
      return;
    }
    for (ScanProblem problem : context.repository().problems()) {
      String path = PathText.safe(problem.path());
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash + 1);
      if (outcomes.stream().anyMatch(o -> o.file().startsWith(parent))) {
        configure(
                new Finding(
                    UNREADABLE_FILE,
                    Severity.ERROR,
                    path,
                    SourcePosition.START,
                    problem.message()))
            .ifPresent(findings::add);
      }
    }
  }

  /** What rules noted about the run (see {@link FindingSink#note}), each message once, sorted. */
  public List<Notice> notices() {
    List<Notice> notices = new ArrayList<>();
    notes.forEach((message, ruleId) -> notices.add(new Notice(ruleId, message)));
    notices.sort(null);
    return notices;
  }

  private void note(Rule rule, String message) {
    notes.merge(message, rule.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /**
   * The template status of every VEP main file linted by {@link #run}, by path relative to the
   * repository root, sorted.
   */
  public Map<String, TemplateStatus> templateStatuses() {
    return Collections.unmodifiableMap(new TreeMap<>(templateStatuses));
  }

  /**
   * Every file linted by {@link #run} that has front matter, by path relative to the repository
   * root, sorted, with the {@code vep-number} written there and where, when it has one.
   */
  public Map<String, Optional<Located<Integer>>> frontMatterNumbers() {
    return Collections.unmodifiableMap(new TreeMap<>(frontMatterNumbers));
  }

  private FileOutcome lintFile(Path file) {
    Path vepRoot = context.repository().vepRootOf(file).orElse(context.repositoryRoot());
    Vep vep = VepParser.parse(context.repositoryRoot(), vepRoot, file);
    String relative = vep.location().relativePath();
    VepFile vepFile = new VepFile(vep, context, runFacts);
    // Computed from the model, not from findings: it holds whatever rules are enabled.
    vepFile.template().status().ifPresent(s -> templateStatuses.put(relative, s));
    if (vep.layout() == Vep.Layout.FRONT_MATTER && vep.frontMatter().isPresent()) {
      frontMatterNumbers.put(relative, vep.frontMatter().get().entry("vep-number").isPresent()
          ? vep.metadata().number() : Optional.empty());
    }
    List<Finding> raw = new ArrayList<>();
    // Front matter never closed runs to the end of the file: there is no body to read, so only the
    // rules about the file as it stands run (and no fix is offered for a text read out of place).
    boolean unclosed = vep.problems().stream().anyMatch(p -> p.kind() == ParseProblem.Kind.FRONT_MATTER_UNCLOSED);
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (unclosed && !WHEN_FRONT_MATTER_UNCLOSED.contains(ids.get(r))) {
        continue;
      }
      if (rule instanceof DocumentRule documentRule && isEnabled(ids.get(r), relative)) {
        guard(rule, relative, raw, () -> documentRule.check(vepFile, new CollectingSink(rule, relative, raw, this::note)));
      }
    }
    Suppressions suppressions = Suppressions.parse(vep.comments(), ruleIds, Math.max(1, vep.lines().size()));
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : raw) {
      Optional<Finding> configured = configure(finding);
      if (configured.isPresent() && !suppressions.suppresses(configured.get())) {
        kept.add(configured.get());
      }
    }
    return new FileOutcome(relative, Collections.unmodifiableList(kept), VepSummary.of(vep), suppressions);
  }

  private boolean isEnabled(String ruleId, String file) {
    return config.settingFor(ruleId, file).map(s -> s != RuleSetting.OFF).orElse(true);
  }

  /** Applies the configured severity, or drops the finding when its rule is off for its file. */
  private Optional<Finding> configure(Finding finding) {
    Optional<RuleSetting> setting = config.settingFor(finding.ruleId(), finding.file());
    if (setting.isEmpty()) {
      return Optional.of(finding);
    }
    return setting.get().severity().map(finding::withSeverity);
  }

  private static void guard(Rule rule, String file, List<Finding> out, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException | StackOverflowError e) {
      out.add(new Finding(INTERNAL_ERROR, Severity.ERROR, file, SourcePosition.START,
          "rule '" + rule.id() + "' failed on this file (" + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); the other rules ran. Please report this to vep-lint"));
    }
  }

}
