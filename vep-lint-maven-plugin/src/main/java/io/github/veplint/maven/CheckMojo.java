package io.github.veplint.maven;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.lint.report.TextReport;
import io.github.veplint.maven.CheckSettings.ReportTarget;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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
public class CheckMojo extends AbstractVepLintMojo {

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}.
   * Default: the configuration file's {@code fail-on}, else {@code error}.
   */
  @Parameter(property = "vep-lint.failOn")
  private String failOn;

  /**
   * The reports to write, each {@code NAME} or {@code NAME=FILE}; a relative {@code FILE} is relative
   * to the project directory, and a bare {@code NAME} is written to {@code vep-lint/vep-lint.EXT} in
   * the build directory ({@code txt} for text, the format name for most others). Formats: {@code text} and those this
   * vep-lint version registers ({@code json}, {@code sarif}, {@code github}, {@code checkstyle},
   * {@code junit}, {@code html}). An unknown format fails the build. Files are written whole or not
   * at all. An empty list writes no report.
   *
   * <p>As maven-checkstyle-plugin's {@code outputFileFormat} and {@code outputFile}, the default is
   * an ordinary value that Maven fills in and the goal checks like any other: it names only formats
   * this vep-lint has ({@code PluginDescriptorTest} checks it), so the goal never needs to know
   * whether the user set it.
   */
  @Parameter(
      property = "vep-lint.formats",
      defaultValue = "text=${project.build.directory}/vep-lint/vep-lint.txt,"
          + "sarif=${project.build.directory}/vep-lint/vep-lint.sarif")
  private List<String> formats;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }

    Path projectDirectory = projectDirectory();
    Path base = base();
    Path reportDirectory = reportDirectory();

    // Every setting is checked before anything is linted or written.
    Optional<FailOn> failOnSetting = CheckSettings.failOn(failOn);
    List<ReportTarget> reports = CheckSettings.formats(formats, projectDirectory, reportDirectory);

    try {
      VepLinter linter = linter();
      LintResult result = lint(linter);
      Path root = Path.of(result.repositoryRoot());
      FailOn threshold = failOnSetting.or(() -> linter.loadConfig(root).failOn()).orElse(FailOn.ERROR);

      logFindings(result, root, base);
      ReportContext context = reportContext(linter);
      for (ReportTarget report : reports) {
        StringWriter text = new StringWriter();
        report.writer().write(result, context, text);
        ReportFiles.writeAtomically(report.file(), text.toString());
        getLog().debug("vep-lint: wrote " + report.format() + " report " + report.file());
      }
      result.notices().forEach(n -> getLog().info("vep-lint: note: " + n.ruleId() + ": " + n.message()));
      getLog().info("vep-lint: " + TextReport.summary(result));

      Optional<String> pointer = reports.stream()
          .filter(r -> r.format().equals("text"))
          .findFirst()
          .or(() -> reports.stream().findFirst())
          .map(r -> shown(projectDirectory, r.file()));
      if (threshold.threshold().map(result::failsAt).orElse(false)) {
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
}
