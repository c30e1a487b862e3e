package io.github.veplint.lint.cli;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code vep-lint rules}: the rule catalog as a table. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its default severity and whether 'vep-lint fix' can fix it.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var rules = VepLinter.builder().build().rules();
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
    out.printf("%-" + width + "s  %-7s  %-3s  %s%n", "RULE", "DEFAULT", "FIX", "CHECKS");
    for (Rule rule : rules) {
      out.printf("%-" + width + "s  %-7s  %-3s  %s%n", rule.id(), rule.defaultSeverity().label(),
          rule.canFix() ? "yes" : "", rule.summary());
    }
    out.println();
    out.println("FIX: 'vep-lint fix' (or 'check --fix') applies the rule's fixes where they are mechanical.");
    out.flush();
    return VepLintCommand.OK;
  }
}
