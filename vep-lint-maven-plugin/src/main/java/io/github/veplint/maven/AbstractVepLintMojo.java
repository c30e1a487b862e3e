package io.github.veplint.maven;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.spi.Rule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every vep-lint goal shares: which VEPs to lint and with which settings, skipping, and
 * running once per build rather than once per module. A goal decides only what to do with the
 * result. The linting itself is {@link VepLinter}'s.
 */
abstract class AbstractVepLintMojo extends AbstractMojo {

  /** The user property that sets {@link #rules} from the command line. */
  static final String RULES_PROPERTY = "vep-lint.rules";

  /**
   * The directory to lint when {@code paths} is not set, and the one finding paths in the log are
   * shown relative to. The repository root (which holds {@code .vep-lint.yaml} and {@code veps/}) is
   * found by walking up from here, so a module inside the repository works too.
   */
  @Parameter(property = "vep-lint.basedir", defaultValue = "${project.basedir}", required = true)
  private File basedir;

  /**
   * The configuration file. Default: {@code .vep-lint.yaml} at the repository root, when there is
   * one. Its settings apply unless a parameter of this goal overrides them.
   */
  @Parameter(property = "vep-lint.configFile")
  private File configFile;

  /**
   * Rule levels by rule id: {@code error}, {@code warning}, {@code info} or {@code off}, overriding
   * the configuration file, e.g. {@code <rules><title-format>warning</title-format></rules>}. From the
   * command line: {@code -Dvep-lint.rules=title-format=warning,unused-suppression=off}, used when the
   * POM sets no {@code rules} (Maven cannot turn a {@code -D} string into a map, so the goal reads
   * this property itself). An unknown rule id or level fails the build.
   */
  @Parameter
  private Map<String, String> rules;

  /**
   * The date date-based rules measure against, as {@code YYYY-MM-DD}, for reproducible builds.
   * Default: the configuration file's {@code today}, else the current date.
   */
  @Parameter(property = "vep-lint.today")
  private String today;

  /**
   * A git revision (branch, tag or commit) to compare with, like {@code check --base}: status
   * transitions and the VEP Freeze are checked against the VEPs as they were there. Default: none.
   */
  @Parameter(property = "vep-lint.base")
  private String base;

  /**
   * With {@code base}: only findings the base revision did not have fail the build, like {@code
   * check --new-only}; the others are reported as pre-existing. Default: false.
   */
  @Parameter(property = "vep-lint.newOnly", defaultValue = "false")
  private boolean newOnly;

  /**
   * A baseline file written by {@code vep-lint baseline -o FILE}, like {@code check --baseline}: the
   * findings it lists are pre-existing and fail nothing. Relative to the project directory. It wins
   * over {@code baseline} in {@code .vep-lint.yaml}, which is the same setting for every way of
   * running (relative to the repository root). Default: the configuration's, else none.
   */
  @Parameter(property = "vep-lint.baseline")
  private File baseline;

  /**
   * The labels of the pull request being checked, like {@code check --label}: the configuration's
   * {@code freeze-exception-label} ({@code freeze-exception} by default) among them lifts the VEP
   * Freeze for this run. From the command line: {@code -Dvep-lint.labels=freeze-exception,kind/vep}.
   * Default: none.
   */
  @Parameter(property = "vep-lint.labels")
  private List<String> labels;

  /** Skips the goal. */
  @Parameter(property = "vep-lint.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Runs the goal in every module of a multi-module build instead of only in the execution root
   * (the project {@code mvn} was started in). Each module then lints the VEPs under its own
   * {@code basedir} (or its {@code paths}), with its own reports.
   */
  @Parameter(property = "vep-lint.runInEveryModule", defaultValue = "false")
  private boolean runInEveryModule;

  /**
   * What to lint: the repository root, a VEP root, VEP directories or files, all in one repository.
   * Relative paths are relative to the project directory. Default: {@code basedir}.
   */
  @Parameter(property = "vep-lint.paths")
  private List<File> paths;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * Whether this execution should do nothing, saying why in the log: {@code skip} is set, or this
   * module is not the execution root and {@code runInEveryModule} is not set.
   */
  final boolean skipped() {
    if (skip) {
      getLog().info("vep-lint: skipped (vep-lint.skip is true)");
      return true;
    }
    if (!runInEveryModule && !isExecutionRoot()) {
      getLog().info("vep-lint: skipped: not the execution root (it runs once, in "
          + session.getExecutionRootDirectory() + "; set runInEveryModule to lint from every module)");
      return true;
    }
    return false;
  }

  /** The project's directory, absolute. */
  final Path projectDirectory() {
    return project.getBasedir().toPath().toAbsolutePath().normalize();
  }

  /** {@code target/vep-lint} of this project, absolute. */
  final Path reportDirectory() {
    return Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize()
        .resolve(CheckSettings.REPORT_DIRECTORY);
  }

  /** The project's site directory ({@code target/site} by default), absolute. */
  final Path siteOutputDirectory() {
    return Path.of(project.getReporting().getOutputDirectory()).toAbsolutePath().normalize();
  }

  /** {@code basedir}, absolute. */
  final Path base() {
    return resolve(projectDirectory(), basedir);
  }

  /**
   * A linter built from the goal's settings, which are checked first.
   *
   * @throws MojoExecutionException naming the bad setting
   */
  final VepLinter linter() throws MojoExecutionException {
    return builder().build();
  }

  /**
   * A linter builder with the goal's settings, which are checked first, for a goal to add its own.
   *
   * @throws MojoExecutionException naming the bad setting
   */
  final VepLinter.Builder builder() throws MojoExecutionException {
    Optional<LocalDate> date = CheckSettings.today(today);
    VepLinter.Builder builder = VepLinter.builder();
    Map<String, RuleSetting> settings = CheckSettings.rules(
        rules == null || rules.isEmpty() ? CheckSettings.ruleList(userProperty(RULES_PROPERTY)) : rules,
        builder.build().rules().stream().map(Rule::id).collect(Collectors.toSet()));
    builder.ruleSettings(settings);
    if (configFile != null) {
      builder.configFile(resolve(projectDirectory(), configFile));
    }
    date.ifPresent(builder::today);
    if (base != null && !base.isBlank()) {
      builder.base(base.strip());
    }
    builder.newOnly(newOnly);
    if (baseline != null) {
      builder.baseline(resolve(projectDirectory(), baseline));
    }
    if (labels != null) {
      builder.labels(labels.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
    return builder;
  }

  /**
   * Lints {@code paths} (default {@code basedir}).
   *
   * @throws ConfigurationException for a bad configuration file or path
   */
  final LintResult lint(VepLinter linter) {
    List<Path> targets = new ArrayList<>();
    for (File path : paths == null || paths.isEmpty() ? List.of(base().toFile()) : paths) {
      targets.add(resolve(projectDirectory(), path));
    }
    return linter.lint(targets);
  }

  /** What a report needs besides the findings. */
  static ReportContext reportContext(VepLinter linter) {
    return new ReportContext(linter.rules(), false, toolVersion());
  }

  private String userProperty(String name) {
    String value = session.getUserProperties().getProperty(name);
    return value != null ? value : session.getSystemProperties().getProperty(name);
  }

  /** Whether this project is the one the build was started in; true when Maven does not say. */
  private boolean isExecutionRoot() {
    String root = session.getExecutionRootDirectory();
    return root == null || sameDirectory(Path.of(root), project.getBasedir().toPath());
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  static Path resolve(Path directory, File file) {
    return directory.resolve(file.toPath()).toAbsolutePath().normalize();
  }

  /** A path as the user should read it: relative to {@code directory} when inside it. */
  static String shown(Path directory, Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    return normalized.startsWith(directory)
        ? directory.relativize(normalized).toString().replace(File.separatorChar, '/')
        : normalized.toString();
  }

  private static String toolVersion() {
    String version = VepLinter.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
