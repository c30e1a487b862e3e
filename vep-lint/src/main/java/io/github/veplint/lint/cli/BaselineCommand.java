package io.github.veplint.lint.cli;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.baseline.BaselineFile;
import io.github.veplint.lint.report.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vep-lint baseline [PATH…] -o FILE}: lints as {@code check} does and writes every finding to
 * a baseline file, which {@code check --baseline FILE} then treats as pre-existing.
 */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Write the current findings to a baseline file: 'check --baseline FILE' reports them as"
        + " pre-existing (failing nothing) and the ones fixed since.")
final class BaselineCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to lint (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The baseline file to write (JSON, sorted; replaced atomically).")
  Path output;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .vep-lint.yaml at the repository root).")
  Path config;

  @Option(names = "--rule", paramLabel = "RULE=LEVEL",
      description = "Set a rule's severity (error, warning, info) or turn it off; repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date date-based rules measure against (default: today).")
  String today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFiles.checkTarget(output);
    // The configuration's baseline is the file this writes, which may not exist yet: not read.
    VepLinter.Builder builder = VepLinter.builder().ruleSettings(CliOptions.ruleSettings(spec, rules))
        .configuredBaseline(false);
    if (config != null) {
      builder.configFile(config);
    }
    if (today != null) {
      builder.today(CliOptions.option(spec, "--today", () -> io.github.veplint.lint.config.RunOptions.today(today)));
    }
    LintResult result = builder.build().lint(paths);
    BaselineFile baseline = BaselineFile.of(result.findings());
    baseline.write(output);
    PrintWriter err = spec.commandLine().getErr();
    err.println("vep-lint: wrote " + baseline.entries().size() + " finding" + (baseline.entries().size() == 1 ? "" : "s")
        + " of " + result.files().size() + " file" + (result.files().size() == 1 ? "" : "s") + " to " + output);
    err.flush();
    return VepLintCommand.OK;
  }
}
