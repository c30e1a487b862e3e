package io.github.veplint.lint.report;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Notice;
import io.github.veplint.lint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations
 * on the pull request's diff:
 *
 * <pre>{@code
 * ::error file=veps/sig-compute/42-hotplug/vep.md,line=1,col=1,title=title-format::the title ...
 * }</pre>
 *
 * <p>Errors become {@code error}, warnings {@code warning} and infos {@code notice}. A finding that
 * was there before the change (compared with {@code --base} or a baseline file) has a message
 * starting with {@code pre-existing error (there before this change)}; when only new findings fail
 * ({@code --new-only}, a baseline file) it is a {@code notice} whatever its severity, so that the
 * diff shows what the change brought, else it keeps its severity's command, as it still fails. Values are
 * escaped as GitHub's toolkit does: {@code %}, CR and LF in the message; additionally {@code :}
 * and {@code ,} in properties. File paths are relative to {@code GITHUB_WORKSPACE} (the checkout)
 * when the linted repository lies below it. A finding about the repository as a whole has no
 * {@code file}. A
 * plain summary line, like the text format's, ends the output.
 *
 * <p>GitHub shows a limited number of annotations per step (10 of each kind at the time of
 * writing); the rest are still in the log. Upload SARIF for complete results.
 */
public final class GithubReport implements ReportWriter {

  private final Optional<Path> workspace;

  /**
   * A report for the workflow run this process is part of: paths are made relative to {@code
   * GITHUB_WORKSPACE} when it is set.
   */
  public GithubReport() {
    this(workspace());
  }

  /**
   * A report whose file paths are relative to {@code workspace}, the checkout GitHub resolves
   * annotation paths against, when the linted repository lies inside it: a VEP repository in a
   * subdirectory ({@code path: docs/enhancements}) still gets its annotations on the right files.
   */
  public GithubReport(Optional<Path> workspace) {
    this.workspace = workspace.map(w -> w.toAbsolutePath().normalize());
  }

  @Override
  public String format() {
    return "github";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    String prefix = pathPrefix(workspace, result);
    for (Finding finding : result.findings()) {
      boolean preExisting = result.comparison().preExisting().contains(finding);
      boolean counts = result.comparison().counts(finding);
      StringBuilder line = new StringBuilder("::")
          .append(counts ? command(finding.severity()) : "notice").append(' ');
      if (!finding.file().isEmpty()) {
        line.append("file=").append(escapeProperty(prefix + finding.file()))
            .append(",line=").append(finding.line())
            .append(",col=").append(finding.column())
            .append(',');
      }
      line.append("title=").append(escapeProperty(finding.ruleId()))
          .append("::").append(escapeData((preExisting ? "pre-existing " + finding.severity().label()
              + " (there before this change): " : "") + finding.message()))
          .append('\n');
      out.write(line.toString());
    }
    for (Notice notice : result.notices()) {
      out.write("::notice title=" + escapeProperty("vep-lint " + notice.ruleId()) + "::"
          + escapeData(notice.message()) + "\n");
    }
    // No leading '::', so the runner prints it as it is.
    out.write(TextReport.summary(result) + "\n");
  }

  /** {@code GITHUB_WORKSPACE}, the checkout of the workflow run this process is part of, when set. */
  static Optional<Path> workspace() {
    return Optional.ofNullable(System.getenv("GITHUB_WORKSPACE")).filter(w -> !w.isBlank()).map(Path::of);
  }

  /** The repository root relative to the workspace, with a trailing '/'; empty at or outside it. */
  static String pathPrefix(Optional<Path> workspace, LintResult result) {
    if (workspace.isEmpty()) {
      return "";
    }
    Path checkout = workspace.get().toAbsolutePath().normalize();
    Path root = Path.of(result.repositoryRoot()).toAbsolutePath().normalize();
    if (!root.startsWith(checkout) || root.equals(checkout)) {
      return "";
    }
    return checkout.relativize(root).toString().replace('\\', '/') + "/";
  }

  /** The workflow command for a severity. */
  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message, as {@code @actions/core} does. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, as {@code @actions/core} does. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
