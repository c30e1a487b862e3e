package io.github.veplint.maven;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.release.HtmlReleaseView;
import io.github.veplint.lint.release.MarkdownReleaseView;
import io.github.veplint.lint.release.ReleaseView;
import io.github.veplint.lint.release.ReleaseViews;
import io.github.veplint.lint.report.HtmlReport;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.lint.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import io.github.veplint.model.ReleaseVersion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Writes the HTML report of the VEPs (KubeVirt Enhancement Proposals) of the repository the build
 * runs in: one self-contained page with counts by severity and rule, a row per VEP, the findings of
 * each file linked to the rules' help, and filters by SIG and severity. It never fails the build on
 * findings (that is {@code vep-lint:check}'s job); a bad setting is a build error.
 *
 * <p>With {@code release} set it also writes the release view of that KubeVirt release (every VEP
 * that targets it, with owning SIG, stage, status, reviewers, approvers, VEP Freeze compliance,
 * template status and findings) next to the report, as HTML and as Markdown for a tracking issue.
 *
 * <p>It is also a Maven site report: listed in the POM's {@code <reporting>}, {@code mvn site} adds
 * the page "VEP lint" ({@code vep-lint.html}, under Project Reports) drawn in the site's skin from
 * the same lint run: the counts by severity, the rules that raised findings with links to their
 * documentation, and each file's findings. {@code outputFile} and {@code release} are not used
 * there; the site page is the report.
 *
 * <p>Like {@code check}, it runs once per build, in the execution root, unless {@code
 * runInEveryModule} is set; in a site build the other modules have no such page.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractVepLintMojo implements MavenReport {

  /** The site page's file name, without {@code .html}. */
  static final String OUTPUT_NAME = "vep-lint";

  /**
   * Where to write the HTML report; a relative path is relative to the project directory. Written
   * whole or not at all (through a temporary file and an atomic move).
   */
  @Parameter(property = "vep-lint.outputFile", defaultValue = "${project.build.directory}/vep-lint/vep-lint.html",
      required = true)
  private File outputFile;

  /**
   * A KubeVirt release, e.g. {@code v1.10}: also write the release view of every VEP that targets it
   * (owning SIG, stage, status, reviewers, approvers, VEP Freeze compliance, template status,
   * findings), from the same lint run, next to {@code outputFile}: {@code
   * vep-lint-release-<release>.html} (one self-contained page) and {@code
   * vep-lint-release-<release>.md} (to paste into a release tracking issue). VEP Freeze compliance
   * needs a release schedule source ({@code schedule} in {@code .vep-lint.yaml}). Unset: only the
   * report.
   */
  @Parameter(property = "vep-lint.release")
  private String release;

  /** Where maven-site-plugin writes the site; set by it. */
  private File siteDirectory;

  @Override
  public void execute() throws MojoExecutionException {
    if (skipped()) {
      return;
    }
    Path file = resolve(projectDirectory(), outputFile);
    Optional<ReleaseVersion> version = Optional.empty();
    if (release != null && !release.isBlank()) {
      version = Optional.of(ReleaseVersion.parse(release.strip()).orElseThrow(() -> new MojoExecutionException(
          "vep-lint: release '" + release + "' is not a KubeVirt release like v1.10 (-Dvep-lint.release)")));
    }
    try {
      VepLinter linter = linter();
      LintResult result = lint(linter);
      ReportFiles.write(Optional.of(file), Writer.nullWriter(), out -> new HtmlReport().write(result, reportContext(linter), out));
      getLog().info("vep-lint: " + TextReport.summary(result));
      getLog().info("vep-lint: HTML report written to " + shown(projectDirectory(), file));
      if (version.isPresent()) {
        ReleaseView view = ReleaseViews.build(result, version.get());
        Path directory = file.toAbsolutePath().getParent();
        String name = "vep-lint-release-" + view.release();
        Path releaseHtml = directory.resolve(name + ".html");
        Path releaseMarkdown = directory.resolve(name + ".md");
        ReportFiles.write(Optional.of(releaseHtml), Writer.nullWriter(),
            out -> HtmlReleaseView.write(view, reportContext(linter), out));
        ReportFiles.write(Optional.of(releaseMarkdown), Writer.nullWriter(), out -> MarkdownReleaseView.write(view, out));
        getLog().info("vep-lint: release view of " + view.release() + " (" + view.veps().size()
            + (view.veps().size() == 1 ? " VEP" : " VEPs") + ") written to " + shown(projectDirectory(), releaseHtml)
            + " and " + shown(projectDirectory(), releaseMarkdown));
      }
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("vep-lint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("vep-lint: cannot write the HTML report " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Draws the site page (maven-site-plugin calls this, never {@link #execute()}). Findings never
   * fail the site build; a bad setting or configuration file does, with the message {@code check}
   * would give.
   */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    try {
      VepLinter linter = linter();
      LintResult result = lint(linter);
      new SiteReportPage(sink).render(result, reportContext(linter));
      getLog().info("vep-lint: " + TextReport.summary(result));
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    } catch (ConfigurationException e) {
      throw new MavenReportException("vep-lint: " + e.getMessage(), e);
    } finally {
      sink.close();
    }
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return SiteReportPage.TITLE;
  }

  @Override
  public String getDescription(Locale locale) {
    return "Findings of vep-lint on the VEPs (KubeVirt Enhancement Proposals): counts, rules and each file's"
        + " findings.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    siteDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return siteDirectory != null ? siteDirectory : siteOutputDirectory().toFile();
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  /** Whether this module gets the page: not when skipped, nor outside the execution root. */
  @Override
  public boolean canGenerateReport() {
    return !skipped();
  }
}
