package io.github.veplint.lint.cli;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vep-lint explain RULE}: what a rule checks, why, and a bad and a good example. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule, with a bad and a good example.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'vep-lint rules'.")
  String ruleId;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    VepLinter linter = VepLinter.builder().build();
    Rule rule = linter.rule(ruleId).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown rule '" + ruleId + "'; run 'vep-lint rules' for the list"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " (default: " + rule.defaultSeverity().label() + ")");
    out.println();
    out.println(rule.summary());
    out.println();
    out.println(rule.description().strip());
    out.flush();
    return VepLintCommand.OK;
  }
}
