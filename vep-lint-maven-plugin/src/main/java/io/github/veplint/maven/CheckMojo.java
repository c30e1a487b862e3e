package io.github.veplint.maven;

import io.github.veplint.lint.ConfigurationException;
import io.github.veplint.lint.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.lint.report.TextReport;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.maven.CheckSettings.ReportTarget;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the VEPs (KubeVirt Enhancement Proposals) of the repository the build runs in, logs every
 * finding, writes reports under {@code target/vep-lint/}, and fails the build when a finding reaches
 * {@code failOn}.
 *
 * <p>A VEP repository is one repository however many modules its build has, so by default the check
 * runs once, in the project the build was started from (the execution root), and every other module
 * skips it; set {@code runInEveryModule} to lint from each module's own directory instead.
 *
 * <p>Findings appear in the build log as {@code path:line:col  rule  message}, at the log level of
 * their severity. A finding at or above {@code failOn} fails the build; a bad setting or
 * configuration file is a build error whose message names the setting, or the file and line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

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
   * The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}.
   * Default: the configuration file's {@code fail-on}, else {@code error}.
   */
  @Parameter(property = "vep-lint.failOn")
  private String failOn;

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
   * The reports to write, each {@code NAME} or {@code NAME=FILE}; a relative {@code FILE} is relative
   * to the project directory, and a bare {@code NAME} is written to {@code vep-lint/vep-lint.EXT} in
   * the build directory ({@code txt} for text, the format name for most others). Formats: {@code text} and those this
   * vep-lint version registers ({@code json}, {@code sarif}, {@code github}, {@code checkstyle},
   * {@code junit}). An unknown format fails the build, except in the default, where one missing from
   * this vep-lint version is skipped with a warning. Files are written whole or not at all. An
   * empty list writes no report.
   */
  @Parameter(
      property = "vep-lint.formats",
      defaultValue = "text=${project.build.directory}/vep-lint/vep-lint.txt,"
          + "sarif=${project.build.directory}/vep-lint/vep-lint.sarif")
  private List<String> formats;

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

  /** Skips the check. */
  @Parameter(property = "vep-lint.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Runs the check in every module of a multi-module build instead of only in the execution root
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("vep-lint: skipped (vep-lint.skip is true)");
      return;
    }
    if (!runInEveryModule && !isExecutionRoot()) {
      getLog().info("vep-lint: skipped: not the execution root (it runs once, in "
          + session.getExecutionRootDirectory() + "; set runInEveryModule to lint from every module)");
      return;
    }

    Path projectDirectory = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path base = resolve(projectDirectory, basedir);
    Path reportDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize()
        .resolve(CheckSettings.REPORT_DIRECTORY);

    // Every setting is checked before anything is linted or written.
    Optional<FailOn> failOnSetting = CheckSettings.failOn(failOn);
    Optional<LocalDate> date = CheckSettings.today(today);
    List<ReportTarget> reports = CheckSettings.formats(
        formats, isDefault(formats, reportDirectory), projectDirectory, reportDirectory, getLog()::warn);
    List<Path> targets = new ArrayList<>();
    for (File path : paths == null || paths.isEmpty() ? List.of(base.toFile()) : paths) {
      targets.add(resolve(projectDirectory, path));
    }

    try {
      VepLinter.Builder builder = VepLinter.builder();
      Map<String, RuleSetting> settings = CheckSettings.rules(
          rules == null || rules.isEmpty() ? CheckSettings.ruleList(userProperty(RULES_PROPERTY)) : rules,
          builder.build().rules().stream().map(Rule::id).collect(Collectors.toSet()));
      builder.ruleSettings(settings);
      if (configFile != null) {
        builder.configFile(resolve(projectDirectory, configFile));
      }
      date.ifPresent(builder::today);
      if (this.base != null && !this.base.isBlank()) {
        builder.base(this.base.strip());
      }
      VepLinter linter = builder.build();

      LintResult result = linter.lint(targets);
      Path root = Path.of(result.repositoryRoot());
      FailOn threshold = failOnSetting.or(() -> linter.loadConfig(root).failOn()).orElse(FailOn.ERROR);

      logFindings(result, root, base);
      ReportContext context = new ReportContext(linter.rules(), false, toolVersion());
      for (ReportTarget report : reports) {
        StringWriter text = new StringWriter();
        report.writer().write(result, context, text);
        ReportFiles.writeAtomically(report.file(), text.toString());
        getLog().debug("vep-lint: wrote " + report.format() + " report " + report.file());
      }
      getLog().info("vep-lint: " + TextReport.summary(result));

      Optional<String> pointer = reports.stream()
          .filter(r -> r.format().equals("text"))
          .findFirst()
          .or(() -> reports.stream().findFirst())
          .map(r -> shown(projectDirectory, r.file()));
      if (threshold.threshold().map(result::hasFindingsAtLeast).orElse(false)) {
        throw new MojoFailureException(CheckSettings.failureSummary(result, threshold, pointer));
      }
    } catch (ConfigurationException e) {
      // One line that names the file (and line) or setting: no stack trace needed to act on it.
      throw new MojoExecutionException("vep-lint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("vep-lint: cannot write a report: " + e.getMessage(), e);
    }
  }

  private void logFindings(LintResult result, Path root, Path base) {
    for (Finding finding : result.findings()) {
      String line = shown(base, root.resolve(finding.file())) + ":" + finding.line() + ":" + finding.column()
          + "  " + finding.ruleId() + "  " + finding.message();
      switch (finding.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
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

  /**
   * Whether the formats are the built-in default. Maven has already filled in the default value, so
   * the goal compares with what it would be.
   */
  private static boolean isDefault(List<String> formats, Path reportDirectory) {
    List<String> defaults = Arrays.asList(
        "text=" + reportDirectory.resolve("vep-lint.txt"),
        "sarif=" + reportDirectory.resolve("vep-lint.sarif"));
    return formats != null && formats.stream().map(String::trim).toList().equals(defaults);
  }

  private String userProperty(String name) {
    String value = session.getUserProperties().getProperty(name);
    return value != null ? value : session.getSystemProperties().getProperty(name);
  }

  private static Path resolve(Path directory, File file) {
    return directory.resolve(file.toPath()).toAbsolutePath().normalize();
  }

  /** A path as the user should read it: relative to {@code directory} when inside it. */
  private static String shown(Path directory, Path file) {
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
