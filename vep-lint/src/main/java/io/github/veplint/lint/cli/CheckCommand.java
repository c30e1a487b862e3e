package io.github.veplint.lint.cli;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.fix.VepFixer;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFiles;
import io.github.veplint.lint.report.ReportFormats;
import io.github.veplint.lint.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vep-lint check [PATH…]}: lints and reports. Modifies no linted file unless {@code --fix} asks. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Lint VEPs: a repository root, a VEP root, VEP directories or files (default: .).")
final class CheckCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to lint (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .vep-lint.yaml at the repository root).")
  Path config;

  @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
      description = "Report format, to standard output or to FILE; repeatable. Formats: ${COMPLETION-CANDIDATES}.",
      completionCandidates = FormatNames.class)
  List<String> formats = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest severity that makes the exit status 1: error (default), warning or never.")
  String failOn;

  @Option(names = "--rule", paramLabel = "RULE=LEVEL",
      description = "Set a rule's severity (error, warning, info) or turn it off; repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date date-based rules measure against (default: today).")
  String today;

  @Option(names = "--base", paramLabel = "REF",
      description = "Compare with this git revision (branch, tag or commit): status transitions and VEP Freeze are checked against it.")
  String base;

  @Option(names = "--changed-only", description = "Lint only files changed since --base (what a pull request job wants).")
  boolean changedOnly;

  @Option(names = "--new-only",
      description = "With --base: only findings the base revision did not have count toward --fail-on; the others are shown as pre-existing.")
  boolean newOnly;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A baseline file ('vep-lint baseline -o FILE'): the findings it lists are pre-existing and fail nothing; those gone are reported as fixed.")
  Path baseline;

  @Option(names = "--label", paramLabel = "NAME",
      description = "A label of the pull request being checked; repeatable. The freeze-exception label (freeze-exception-label in .vep-lint.yaml) lifts the VEP Freeze for this run.")
  List<String> labels = new ArrayList<>();

  @CommandLine.Mixin ScheduleOptions schedules;

  @Option(names = "--fix",
      description = "First apply the fixes rules offer (as 'vep-lint fix' does), then report what is left.")
  boolean fix;

  @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary line, nothing when there are none.")
  boolean quiet;

  @Option(names = "--no-color", description = "Never color the text report (it is colored only on a terminal anyway).")
  boolean noColor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(ReportFormats.names());
    }
  }

  private record Output(ReportWriter writer, Optional<Path> file) {}

  @Override
  public Integer call() throws IOException {
    List<Output> outputs = outputs();
    VepLinter.Builder builder = VepLinter.builder().ruleSettings(CliOptions.ruleSettings(spec, rules));
    if (config != null) {
      builder.configFile(config);
    }
    if (today != null) {
      builder.today(CliOptions.option(spec, "--today", () -> RunOptions.today(today)));
    }
    if (base != null) {
      builder.base(base);
    }
    if (baseline != null) {
      builder.baseline(baseline);
    }
    schedules.applyTo(builder.changedOnly(changedOnly).newOnly(newOnly).labels(labels));
    VepLinter linter = builder.build();
    LintResult result;
    if (fix) {
      VepFixer.Report fixed = new VepFixer(linter).fix(paths, false);
      PrintWriter err = spec.commandLine().getErr();
      err.println("vep-lint: fixed " + fixed.fixedCount() + " finding" + (fixed.fixedCount() == 1 ? "" : "s")
          + " in " + fixed.changes().size() + " file" + (fixed.changes().size() == 1 ? "" : "s")
          + (fixed.skipped().isEmpty() ? "" : "; " + fixed.skipped().size() + " fixes not applied ('vep-lint fix' says why)"));
      err.flush();
      result = fixed.after();
    } else {
      result = linter.lint(paths);
    }
    LintConfig effective = linter.loadConfig(Path.of(result.repositoryRoot()));
    FailOn threshold = failOn != null ? CliOptions.option(spec, "--fail-on", () -> RunOptions.failOn(failOn))
        : effective.failOn().orElse(FailOn.ERROR);
    boolean color = !noColor && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    ReportContext context = new ReportContext(linter.rules(), color, VepLintCommand.Version.version());
    PrintWriter out = spec.commandLine().getOut();
    for (Output output : outputs) {
      StringWriter buffer = new StringWriter();
      output.writer().write(result, context, buffer);
      String text = buffer.toString();
      if (quiet && output.writer().format().equals("text")) {
        text = result.findings().isEmpty() ? "" : text.substring(0, text.stripTrailing().lastIndexOf('\n') + 1).stripTrailing() + System.lineSeparator();
      }
      if (output.file().isPresent()) {
        writeAtomically(output.file().get(), text);
      } else {
        out.print(text);
      }
    }
    out.flush();
    Optional<Severity> level = threshold.threshold();
    return level.isPresent() && result.failsAt(level.get()) ? VepLintCommand.FINDINGS : VepLintCommand.OK;
  }

  private List<Output> outputs() {
    List<Output> outputs = new ArrayList<>();
    for (String format : formats.isEmpty() ? List.of("text") : formats) {
      int equals = format.indexOf('=');
      String name = equals < 0 ? format : format.substring(0, equals);
      ReportWriter writer = ReportFormats.forName(name).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "--format: unknown format '" + name + "'; use one of " + ReportFormats.names()));
      Optional<Path> file = equals < 0 ? Optional.empty() : Optional.of(Path.of(format.substring(equals + 1)));
      if (file.isPresent() && file.get().toString().isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format " + name + "=: the file name is empty");
      }
      file.ifPresent(ReportFiles::checkTarget);
      outputs.add(new Output(writer, file));
    }
    return outputs;
  }

  /** Writes through a temporary file in the same directory, so a reader never sees half a report. */
  static void writeAtomically(Path file, String text) {
    ReportFiles.writeAtomically(file, text);
  }
}
