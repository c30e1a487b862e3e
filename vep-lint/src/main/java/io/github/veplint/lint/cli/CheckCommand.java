package io.github.veplint.lint.cli;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.config.RunOptions;
import io.github.veplint.lint.fix.VepFixer;
import io.github.veplint.lint.report.ReportContext;
import io.github.veplint.lint.report.ReportFormats;
import io.github.veplint.lint.report.ReportTargets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  @Option(names = "--label-file", paramLabel = "FILE",
      description = "Labels of the pull request being checked, one per line, as --label (the GitHub Action passes them"
          + " so, since a label is data and may look like an option).")
  Path labelFile;

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

  @Option(names = "--add-findings", paramLabel = "FILE",
      description = "Findings of checks made outside vep-lint (the GitHub Action's tracking-issue check), one per line:"
          + " RULE<TAB>SEVERITY<TAB>FILE<TAB>LINE<TAB>COLUMN<TAB>MESSAGE, FILE relative to the repository root;"
          + " reported with the run's own and counted for --fail-on.")
  Path addFindings;

  @Option(names = "--summary-subject", paramLabel = "TEXT",
      description = "What was checked, named in the summary report's first line (the GitHub Action passes 'pull request #N').")
  String subject;

  @Override
  public Integer call() throws IOException {
    List<ReportTargets.Target> targets = targets();
    if (changedOnly && base == null) {
      throw new ConfigurationException("--changed-only needs --base REF: the revision to compare with");
    }
    VepLinter.Builder builder = VepLinter.builder().ruleSettings(CliOptions.ruleSettings(spec, rules));
    if (config != null) {
      builder.configFile(config);
    }
    if (today != null) {
      builder.today(CliOptions.option(spec, "--today", () -> RunOptions.today(today)));
    }
    if (failOn != null) {
      builder.failOn(CliOptions.option(spec, "--fail-on", () -> RunOptions.failOn(failOn)));
    }
    if (base != null) {
      builder.base(base);
    }
    if (baseline != null) {
      builder.baseline(baseline);
    }
    schedules.applyTo(builder.changedOnly(changedOnly).newOnly(newOnly).labels(allLabels()));
    VepLinter linter = builder.build();
    LintResult result;
    try {
      result = lintOrFix(linter);
    } catch (ConfigurationException e) {
      // The engine names the setting (base); the command line names its option.
      if (base != null && e.getMessage().startsWith("base " + base + ": ")) {
        throw new ConfigurationException("--" + e.getMessage(), e);
      }
      throw e;
    }
    if (addFindings != null) {
      result = result.withFindings(AddedFindings.read(addFindings));
    }
    boolean color = !noColor && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    ReportContext context = new ReportContext(linter.rules(), color, VepLintCommand.Version.version(), quiet,
        Optional.ofNullable(subject));
    ReportTargets.write(targets, result, context, spec.commandLine().getOut());
    return result.fails() ? VepLintCommand.FINDINGS : VepLintCommand.OK;
  }

  /** --label and the lines of --label-file (blank lines skipped). */
  private List<String> allLabels() throws IOException {
    List<String> all = new ArrayList<>(labels);
    if (labelFile != null) {
      try {
        Files.readAllLines(labelFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(all::add);
      } catch (IOException e) {
        throw new ConfigurationException("--label-file " + labelFile + ": cannot read it ("
            + e.getClass().getSimpleName() + ")", e);
      }
    }
    return all;
  }

  private LintResult lintOrFix(VepLinter linter) {
    if (fix) {
      VepFixer.Report fixed = new VepFixer(linter).fix(paths, false);
      PrintWriter err = spec.commandLine().getErr();
      err.println("vep-lint: fixed " + fixed.fixedCount() + " finding" + (fixed.fixedCount() == 1 ? "" : "s")
          + " in " + fixed.changes().size() + " file" + (fixed.changes().size() == 1 ? "" : "s")
          + (fixed.skipped().isEmpty() ? "" : "; " + fixed.skipped().size() + " fixes not applied ('vep-lint fix' says why)"));
      err.flush();
      return fixed.after();
    }
    return linter.lint(paths);
  }

  private List<ReportTargets.Target> targets() {
    try {
      return ReportTargets.parse(formats.isEmpty() ? List.of("text") : formats, Path::of, name -> Optional.empty());
    } catch (ReportTargets.InvalidEntry e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }
}
