package io.github.veplint.lint;

import io.github.veplint.lint.baseline.BaseRevisionLint;
import io.github.veplint.lint.baseline.BaselineFile;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.PathText;
import io.github.veplint.lint.config.ConfigLoader;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.config.SigList;
import io.github.veplint.lint.internal.GitHistory;
import io.github.veplint.lint.internal.LintEngine;
import io.github.veplint.lint.files.RepositoryRoot;
import io.github.veplint.lint.template.TemplateHistoryLoader;
import io.github.veplint.lint.schema.SchemaCheck;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.template.TemplateGenerations;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import io.github.veplint.model.schedule.ReleaseSchedules;
import io.github.veplint.model.schedule.ScheduleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The embedding API: lint a VEP repository, or part of it, and get every finding. The CLI and the
 * Maven plugin are thin shells over this class.
 *
 * <pre>{@code
 * LintResult result = VepLinter.builder().build().lint(List.of(Path.of("enhancements")));
 * result.findings().forEach(f -> System.out.println(f.file() + ":" + f.line() + " " + f.message()));
 * }</pre>
 *
 * <p>A linter is immutable and may be shared between threads. It never writes to any file.
 */
public final class VepLinter {

  private final List<Rule> rules;
  private final Optional<Path> configFile;
  private final Map<String, io.github.veplint.lint.config.RuleSetting> ruleOverrides;
  private final Optional<LocalDate> today;
  private final Optional<String> base;
  private final boolean changedOnly;
  private final Optional<String> schedule;
  private final boolean allowNetwork;
  private final Set<String> labels;
  private final Optional<FailOn> failOn;
  private final boolean newOnly;
  private final Optional<Path> baseline;
  private final boolean configuredBaseline;

  private VepLinter(Builder builder) {
    this.rules = List.copyOf(builder.rules);
    this.configFile = builder.configFile;
    this.ruleOverrides = Map.copyOf(builder.ruleOverrides);
    this.today = builder.today;
    this.base = builder.base;
    this.changedOnly = builder.changedOnly;
    this.schedule = builder.schedule;
    this.allowNetwork = builder.allowNetwork;
    this.labels = Set.copyOf(builder.labels);
    this.failOn = builder.failOn;
    this.newOnly = builder.newOnly;
    this.baseline = builder.baseline;
    this.configuredBaseline = builder.configuredBaseline;
  }

  /** A builder with every rule found on the class path. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules on the class path (built-in and plugged in), sorted by id. */
  public static List<Rule> discoverRules(ClassLoader loader) {
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      if (!ids.add(rule.id())) {
        throw new ConfigurationException("two rules on the class path share the id '" + rule.id() + "'");
      }
      rules.add(rule);
    }
    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /** The rules this linter runs, sorted by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule with the given id, if this linter has it. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Lints the given paths: a repository root, a VEP root, VEP directories or files, all in one
   * repository. The repository root is found by walking up from the first path to the directory
   * holding {@code .vep-lint.yaml} or a VEP root ({@code veps/}).
   *
   * <p>The result carries the settings the run used ({@link LintResult#settings()}): the effective
   * configuration, with the fail-on level resolved, the base and the release calendar.
   *
   * @throws ConfigurationException when a path does not exist, no VEP root is found, or the
   *     configuration is invalid
   */
  public LintResult lint(List<Path> paths) {
    if (changedOnly && base.isEmpty()) {
      throw new ConfigurationException("changed-only needs a base revision (base) to compare with");
    }
    if (rule("frontmatter-schema").isPresent()) {
      SchemaCheck.warmUpInBackground();
    }
    List<Path> targets = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        throw new ConfigurationException(path + ": no such file or directory");
      }
      targets.add(absolute);
    }
    Path root = RepositoryRoot.find(targets.get(0));
    LintConfig config = configuration(root);
    VepRepository repository = VepRepository.scan(root, config.vepRoots());
    if (repository.vepRoots().isEmpty()) {
      throw new ConfigurationException(root + ": no VEP root found (looked for "
          + String.join(", ", config.vepRoots()) + "/): pass the repository root, or set 'vep-roots' in "
          + LintConfig.FILE_NAME);
    }
    for (Path target : targets) {
      if (!target.startsWith(root)) {
        throw new ConfigurationException(target + ": not inside the repository " + root + "; lint one repository per run");
      }
    }
    List<Path> files = selectFiles(repository, targets);
    // JGit is only touched here, when a base is given: runs without --base never load it.
    Optional<GitHistory.Result> history = base.map(ref -> GitHistory.read(root, config.vepRoots(), ref));
    if (changedOnly) {
      Set<Path> changed = history.orElseThrow().changed();
      files = files.stream().filter(f -> changed.contains(root.relativize(f))).toList();
    }
    ReleaseCalendar calendar = calendar(root, config);
    Optional<SigList.Loaded> sigList = config.sigs().isPresent()
        ? Optional.empty()
        : config.sigsFrom().map(source -> SigList.load(source, root, allowNetwork, config.source()));
    LintContext context = context(root, repository, config, history, calendar,
        sigList.flatMap(SigList.Loaded::sigs));
    Optional<Path> baselineFile = baseline.or(() -> config.baseline().filter(file -> configuredBaseline)
        .map(file -> configuredBaseline(root, config, file)));
    LintEngine engine = new LintEngine(rules, config, context);
    List<Finding> findings = engine.run(files);
    List<Notice> notices = new ArrayList<>(engine.notices());
    sigList.flatMap(SigList.Loaded::problem).ifPresent(problem -> notices.add(new Notice("owning-sig", problem)));
    notices.sort(null);
    // A name with a control character is listed by its safe rendering, as its finding names it.
    List<String> relativeFiles = files.stream().map(repository::relativize).map(PathText::safe).sorted().toList();
    LintConfig effective = config.withFailOn(failOn.or(config::failOn).orElse(FailOn.ERROR));
    effective = schedule.map(effective::withSchedule).orElse(effective);
    LintResult result = new LintResult(root.toString(), relativeFiles, findings, engine.templateStatuses(),
        notices, engine.frontMatterNumbers(), new LintResult.Settings(effective, base, changedOnly, calendar));
    if (history.isPresent()) {
      result = result.withComparison(BaseRevisionLint.compare(root, history.get(), relativeFiles, findings, newOnly,
          (tree, treeFiles) -> lintBaseTree(tree, treeFiles, config, context)));
    }
    if (baselineFile.isPresent()) {
      result = result.withComparison(result.comparison().and(
          BaselineFile.read(baselineFile.get()).compare(baselineFile.get().toString(), relativeFiles, findings)));
    }
    return result;
  }

  /**
   * Lints the base revision written to {@code tree} with this run's rules, configuration, valid
   * SIGs, template generations, date and calendar, and no base of its own.
   */
  private List<Finding> lintBaseTree(Path tree, List<Path> files, LintConfig config, LintContext head) {
    VepRepository repository = VepRepository.scan(tree, config.vepRoots());
    Optional<Vep> template = config.template().map(tree::resolve).filter(Files::isRegularFile)
        .or(repository::template).map(t -> VepParser.parse(tree, repository.vepRootOf(t).orElse(tree), t));
    LintContext context = new LintContext(tree, repository, head.sigs(), template, numbers(repository),
        head.today(), head.templates(), Optional.empty(), Optional.empty(), head.releases(), head.transitions());
    return new LintEngine(rules, config, context).run(files);
  }

  private static Set<Integer> numbers(VepRepository repository) {
    Set<Integer> numbers = new HashSet<>();
    for (VepDirectory directory : repository.directories()) {
      directory.number().ifPresent(numbers::add);
    }
    return numbers;
  }

  /** The repository's configuration with this linter's rule levels and date on top. */
  private LintConfig configuration(Path root) {
    Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
    LintConfig config = ConfigLoader.forRoot(root, configFile, Optional.of(ids));
    for (String id : ruleOverrides.keySet()) {
      if (!ids.contains(id)) {
        throw new ConfigurationException("unknown rule '" + id + "': run 'vep-lint rules' for the list of rule ids");
      }
    }
    config = config.withRules(ruleOverrides);
    if (today.isPresent()) {
      config = config.withToday(today.get());
    }
    return config;
  }


  /**
   * Whether a file, with every symbolic link resolved, lies inside the repository: a file named on
   * the command line or in the configuration is never read through a link that leads out.
   */
  private static boolean isReallyInside(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> selectFiles(VepRepository repository, List<Path> targets) {
    Set<Path> selected = new LinkedHashSet<>();
    for (Path target : targets) {
      boolean matched = false;
      for (Path file : repository.markdownFiles()) {
        if (file.startsWith(target)) {
          selected.add(file);
          matched = true;
        }
      }
      if (!matched && Files.isRegularFile(target) && target.toString().endsWith(".md")
          && isReallyInside(repository.root(), target)
          && repository.template().map(t -> !t.equals(target)).orElse(true)) {
        selected.add(target);
      }
    }
    return selected.stream().sorted().toList();
  }

  /** The release schedules and freeze exceptions of a run; schedules only when a source is set. */
  private ReleaseCalendar calendar(Path root, LintConfig config) {
    Optional<String> source = schedule.or(config::schedule);
    Optional<String> label = Optional.of(config.freezeExceptionLabel()).filter(labels::contains);
    try {
      return new ReleaseCalendar(
          source.map(s -> ReleaseSchedules.load(s, root, allowNetwork)), config.freezeExceptions(), label,
          Optional.empty());
    } catch (ScheduleException e) {
      // A URL source that may be fetched belongs to another repository (kubevirt/sig-release): when
      // it is down or holds a broken schedule, a pull request here cannot fix it, so the freeze is
      // unknown (vep-freeze warns) rather than the run failing. A local source is the user's to fix.
      if (e.isRemote()) {
        return new ReleaseCalendar(Optional.empty(), config.freezeExceptions(), label,
            Optional.of(e.getMessage()));
      }
      // A source from the repository's configuration names that file, so the error can be traced.
      String where =
          schedule.isEmpty() ? config.source().map(f -> f + ": 'schedule': ").orElse("") : "";
      throw new ConfigurationException(where + e.getMessage(), e);
    }
  }

  /**
   * The configuration's {@code baseline}: a file of the repository, which a pull request's
   * configuration must not make vep-lint read from elsewhere, through a symbolic link either.
   */
  private static Path configuredBaseline(Path root, LintConfig config, String file) {
    Path path = root.resolve(file).normalize();
    String setting = config.source().map(f -> f + ": ").orElse("") + "'baseline': ";
    if (!path.startsWith(root)) {
      throw new ConfigurationException(setting + "'" + file + "' is not a path inside the repository");
    }
    if (Files.exists(path) && !isReallyInside(root, path)) {
      throw new ConfigurationException(setting + path + ": a symbolic link leads outside the repository; not read");
    }
    return path;
  }

  private static LintContext context(Path root, VepRepository repository, LintConfig config,
      Optional<GitHistory.Result> history, ReleaseCalendar calendar, Optional<SortedSet<String>> sigList) {
    // Without a configured list, a pull request must not make a SIG valid by creating its
    // directory: with a base, only SIG directories that exist there count; a lone SIG directory
    // named like an established SIG is a misspelling, not a SIG, with or without a base.
    SortedSet<String> suspect = repository.suspectSigs();
    // The configured list wins, then the list read from 'sigs-from'.
    SortedSet<String> sigs = new TreeSet<>(config.sigs().or(() -> sigList.map(List::copyOf)).orElseGet(() -> repository.sigs().stream()
        .filter(sig -> history.map(h -> h.directoriesAtBase().contains(sig)).orElse(true))
        .filter(sig -> !suspect.contains(sig))
        .toList()));
    Optional<Path> templateFile =
        config.template()
            .map(root::resolve)
            .filter(Files::isRegularFile)
            .filter(t -> isReallyInside(root, t))
            .or(repository::template);
    Optional<Vep> template =
        templateFile.map(t -> VepParser.parse(root, repository.vepRootOf(t).orElse(root), t));
    Set<Integer> numbers = numbers(repository);
    TemplateGenerations templates;
    try {
      templates = TemplateGenerations.of(
          TemplateHistoryLoader.load(root, templateFile.map(repository::relativize), template, config.templateSettings()),
          config.templateSettings());
    } catch (TemplateHistoryLoader.MissingTemplateFile e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
    return new LintContext(root, repository, sigs, template, numbers,
        config.today().orElse(LocalDate.now()), templates, history.map(GitHistory.Result::changed),
        history.map(GitHistory.Result::revision), calendar, config.statusTransitions());
  }

  /** Builds a {@link VepLinter}. */
  public static final class Builder {
    private List<Rule> rules = discoverRules(VepLinter.class.getClassLoader());
    private Optional<Path> configFile = Optional.empty();
    private Map<String, io.github.veplint.lint.config.RuleSetting> ruleOverrides = Map.of();
    private Optional<LocalDate> today = Optional.empty();
    private Optional<String> base = Optional.empty();
    private boolean changedOnly;
    private Optional<String> schedule = Optional.empty();
    private boolean allowNetwork;
    private Set<String> labels = Set.of();
    private Optional<FailOn> failOn = Optional.empty();
    private boolean newOnly;
    private Optional<Path> baseline = Optional.empty();
    private boolean configuredBaseline = true;

    private Builder() {}

    /**
     * Whether the configuration's {@code baseline} applies when {@link #baseline} is not given
     * (default true); {@code vep-lint baseline}, which writes that file, does not read it.
     */
    public Builder configuredBaseline(boolean use) {
      this.configuredBaseline = use;
      return this;
    }

    /**
     * The lowest severity that fails the run ({@link LintResult#fails()}), overriding {@code
     * fail-on} in {@code .vep-lint.yaml}; without either, {@code error}.
     */
    public Builder failOn(FailOn level) {
      this.failOn = Optional.of(level);
      return this;
    }

    /**
     * A baseline file ({@code check --baseline FILE}, written by {@code vep-lint baseline}): the
     * findings it lists are pre-existing and fail nothing, its entries no finding matches any more
     * are reported as fixed. It wins over {@code baseline} in {@code .vep-lint.yaml}.
     */
    public Builder baseline(Path file) {
      this.baseline = Optional.of(file);
      return this;
    }

    /**
     * Counts only new findings toward {@code fail-on} ({@code check --new-only}): with a base, a
     * finding the base revision already had (same rule, same file following renames, same {@link
     * io.github.veplint.lint.baseline.Fingerprint}) is reported as pre-existing and fails nothing.
     */
    public Builder newOnly(boolean newOnly) {
      this.newOnly = newOnly;
      return this;
    }

    /**
     * The labels of the pull request being checked ({@code check --label}): the configured {@code
     * freeze-exception-label} ({@code freeze-exception} by default) among them lifts the VEP Freeze
     * for every VEP of the run, as kubevirt/enhancements' freeze check does.
     */
    public Builder labels(java.util.Collection<String> labels) {
      this.labels = Set.copyOf(labels);
      return this;
    }

    /**
     * Compares with a git revision ({@code check --base REF}): rules see the VEPs as they were at
     * {@code ref} and the files changed since. Read with JGit; an unknown revision, a directory
     * outside a git repository or a shallow clone without the revision fail the run with a {@link
     * ConfigurationException}.
     */
    public Builder base(String ref) {
      this.base = Optional.of(ref);
      return this;
    }

    /** Lints only files changed since the base (needs {@link #base}). */
    public Builder changedOnly(boolean changedOnly) {
      this.changedOnly = changedOnly;
      return this;
    }

    /**
     * The release schedule source, overriding {@code schedule} in {@code .vep-lint.yaml}: a
     * kubevirt/sig-release checkout, a {@code schedule.yaml}, or a URL pattern with {@code {release}}
     * (fetched only with {@link #allowNetwork}).
     */
    public Builder schedule(String source) {
      this.schedule = Optional.of(source);
      return this;
    }

    /** Allows fetching a URL schedule source (network use is opt-in). */
    public Builder allowNetwork(boolean allow) {
      this.allowNetwork = allow;
      return this;
    }

    /** Runs exactly these rules instead of those on the class path. */
    public Builder rules(List<Rule> rules) {
      this.rules = List.copyOf(rules);
      return this;
    }

    /** Discovers rules with this class loader (e.g. one that includes plug-in jars). */
    public Builder classLoader(ClassLoader loader) {
      this.rules = discoverRules(loader);
      return this;
    }

    /** Reads configuration from this file instead of {@code <root>/.vep-lint.yaml}. */
    public Builder configFile(Path file) {
      this.configFile = Optional.of(file);
      return this;
    }

    /** Overrides rule settings from configuration (like {@code --rule id=level}). */
    public Builder ruleSettings(Map<String, io.github.veplint.lint.config.RuleSetting> settings) {
      this.ruleOverrides = Map.copyOf(settings);
      return this;
    }

    /** Fixes the date date-based rules measure against. */
    public Builder today(LocalDate date) {
      this.today = Optional.of(date);
      return this;
    }

    /** Builds the linter. */
    public VepLinter build() {
      return new VepLinter(this);
    }
  }
}
