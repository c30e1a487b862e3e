package io.github.veplint.maven;

import io.github.veplint.lint.ConfigurationException;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.report.HtmlReport;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.lint.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the HTML report of the VEPs (KubeVirt Enhancement Proposals) of the repository the build
 * runs in: one self-contained page with counts by severity and rule, a row per VEP, the findings of
 * each file linked to the rules' help, and filters by SIG and severity. It never fails the build on
 * findings (that is {@code vep-lint:check}'s job); a bad setting is a build error.
 *
 * <p>Like {@code check}, it runs once per build, in the execution root, unless {@code
 * runInEveryModule} is set.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractVepLintMojo {

  /**
   * Where to write the HTML report; a relative path is relative to the project directory. Written
   * whole or not at all (through a temporary file and an atomic move).
   */
  @Parameter(property = "vep-lint.outputFile", defaultValue = "${project.build.directory}/vep-lint/vep-lint.html",
      required = true)
  private File outputFile;

  @Override
  public void execute() throws MojoExecutionException {
    if (skipped()) {
      return;
    }
    Path file = resolve(projectDirectory(), outputFile);
    try {
      VepLinter linter = linter();
      LintResult result = lint(linter);
      StringWriter html = new StringWriter();
      new HtmlReport().write(result, reportContext(linter), html);
      ReportFiles.writeAtomically(file, html.toString());
      getLog().info("vep-lint: " + TextReport.summary(result));
      getLog().info("vep-lint: HTML report written to " + shown(projectDirectory(), file));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("vep-lint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("vep-lint: cannot write the HTML report " + file + ": " + e.getMessage(), e);
    }
  }
}
