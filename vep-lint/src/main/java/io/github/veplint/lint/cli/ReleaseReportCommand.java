package io.github.veplint.lint.cli;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.github.GitHubApi;
import io.github.veplint.lint.release.HtmlReleaseView;
import io.github.veplint.lint.release.IssueComment;
import io.github.veplint.lint.release.JsonReleaseView;
import io.github.veplint.lint.release.MarkdownReleaseView;
import io.github.veplint.lint.release.ReleaseBoardSources;
import io.github.veplint.lint.release.ReleaseView;
import io.github.veplint.lint.release.ReleaseViews;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.model.ReleaseVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vep-lint report --release vX.Y}: every VEP that targets a release, with owning SIG, stage,
 * status, reviewers and approvers, VEP Freeze compliance, template status and findings, as Markdown,
 * JSON or one self-contained HTML page.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "The release check-in: every VEP that targets a release, joined with the release's project board"
        + " (--board or --board-export) and tracking issues, the cross-checks between them, and the review load per"
        + " owning SIG and per person, as Markdown (for a tracking issue), JSON or HTML (opening with charts).")
final class ReleaseReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..1", description = "The repository (default: the current directory).")
  Path path = Path.of(".");

  @Option(names = "--release", paramLabel = "vX.Y", required = true, description = "The release, e.g. v1.10.")
  String release;

  @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (default), json or html.")
  String format = "markdown";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .vep-lint.yaml at the repository root).")
  Path config;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date freeze compliance is judged on (default: today).")
  String today;

  @Option(names = "--board", paramLabel = "ORG/NUMBER", description = "Read the release's GitHub project board over"
      + " GraphQL (e.g. kubevirt/21; token from GITHUB_TOKEN, API from GITHUB_API_URL; needs --allow-network or a token).")
  String board;

  @Option(names = "--board-export", paramLabel = "FILE", description = "Read the board from FILE, written by"
      + " 'gh project item-list NUMBER --owner ORG --format json --limit 1000'.")
  Path boardExport;

  @Option(names = "--post-to", paramLabel = "ISSUE", description = "Also post the Markdown check-in on ISSUE (N or"
      + " OWNER/REPO#N; N is in the board's repository) as one comment, updated by later runs (needs GITHUB_TOKEN;"
      + " a failure is a warning).")
  String postTo;

  @CommandLine.Mixin ScheduleOptions schedules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReleaseVersion version = ReleaseVersion.parse(release).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "--release: '" + release + "' is not a release like v1.10"));
    if (!format.equals("markdown") && !format.equals("json") && !format.equals("html")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format: '" + format + "' is not markdown, json or html");
    }
    VepLinter.Builder builder = VepLinter.builder();
    schedules.applyTo(builder);
    if (config != null) {
      builder.configFile(config);
    }
    if (today != null) {
      try {
        builder.today(RunOptions.today(today));
      } catch (RunOptions.InvalidOption e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--today: " + e.getMessage());
      }
    }
    VepLinter linter = builder.build();
    ReleaseView view = board == null && boardExport == null
        ? ReleaseViews.build(linter, path, version)
        : ReleaseBoardSources.view(linter, path, version, board, boardExport, schedules.allowNetwork, System.getenv());
    PrintWriter err = spec.commandLine().getErr();
    view.checkIn().warnings().forEach(w -> err.println("vep-lint: warning: " + w));
    err.flush();
    Optional<IssueComment.Ref> issue = Optional.empty();
    if (postTo != null) {
      issue = IssueComment.Ref.parse(postTo, view.checkIn().settings().repository());
      if (issue.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--post-to: '" + postTo + "' is not an issue like 123 or kubevirt/enhancements#123");
      }
    }
    java.io.StringWriter markdown = new java.io.StringWriter();
    if (format.equals("markdown") || issue.isPresent()) {
      MarkdownReleaseView.write(view, markdown);
    }
    PrintWriter out = spec.commandLine().getOut();
    ReportFiles.write(Optional.ofNullable(output), out, text -> {
      if (format.equals("json")) {
        JsonReleaseView.write(view, text);
      } else if (format.equals("html")) {
        HtmlReleaseView.write(view, new ReportContext(linter.rules(), false, VepLintCommand.Version.version()), text);
      } else {
        text.write(markdown.toString());
      }
    });
    out.flush();
    if (issue.isPresent()) {
      IssueComment.Outcome posted = IssueComment.post(GitHubApi.fromEnvironment(System.getenv()), issue.get(),
          markdown.toString());
      posted.warning().ifPresent(w -> err.println("vep-lint: warning: " + w));
      err.flush();
    }
    return VepLintCommand.OK;
  }
}
