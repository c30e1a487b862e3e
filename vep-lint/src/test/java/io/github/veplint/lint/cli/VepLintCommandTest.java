package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-level command: every subcommand is there for usage help, only the named one for a run. */
class VepLintCommandTest {

  private static final List<String> ALL = List.of("check", "rules", "explain", "report", "migrate", "new", "fix", "baseline", "help");

  @Test
  void usageHelpListsEverySubcommandInOrder() {
    InProcessCli.Run run = InProcessCli.run("--help");

    assertThat(run.status()).isZero();
    List<String> listed =
        run.out().lines().filter(l -> l.matches("  [a-z]+ .*")).map(l -> l.strip().split("\\s+")[0]).toList();
    assertThat(listed).containsExactlyElementsOf(ALL);
  }

  @Test
  void aRunRegistersOnlyTheSubcommandItNames() {
    assertThat(VepLintCommand.commandLine(new String[] {"check", "."}).getSubcommands()).containsOnlyKeys("check");
    assertThat(VepLintCommand.commandLine(new String[] {"fix", "--dry-run"}).getSubcommands()).containsOnlyKeys("fix");
    for (String[] args : List.of(new String[0], new String[] {"help", "check"}, new String[] {"--debug", "check"},
        new String[] {"chek"})) {
      assertThat(VepLintCommand.commandLine(args).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }
  }

  @Test
  void helpOptionsAndUnknownNamesBehaveAsWithEverySubcommand() {
    InProcessCli.Run help = InProcessCli.run("help", "fix");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: vep-lint fix ");

    InProcessCli.Run checkHelp = InProcessCli.run("check", "--help");
    assertThat(checkHelp.status()).isZero();
    assertThat(checkHelp.out()).startsWith("Usage: vep-lint check ").contains("--debug");

    InProcessCli.Run none = InProcessCli.run();
    assertThat(none.status()).isEqualTo(VepLintCommand.TOOL_ERROR);
    assertThat(none.err()).startsWith("vep-lint: missing command: use check, fix, new, report, migrate, rules or explain\n");

    InProcessCli.Run unknown = InProcessCli.run("chek");
    assertThat(unknown.status()).isEqualTo(VepLintCommand.TOOL_ERROR);
    assertThat(unknown.err()).isEqualTo("vep-lint: Unmatched argument at index 0: 'chek'\nRun 'vep-lint --help' for usage.\n");

    InProcessCli.Run debug = InProcessCli.run("check", "--debug", "/nonexistent-vep-lint-dir");
    assertThat(debug.status()).isEqualTo(VepLintCommand.TOOL_ERROR);
    assertThat(debug.err()).startsWith("vep-lint: /nonexistent-vep-lint-dir: no such file or directory\n")
        .contains("\tat io.github.veplint.lint.");
  }
}
