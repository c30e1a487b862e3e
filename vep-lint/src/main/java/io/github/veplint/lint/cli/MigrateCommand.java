package io.github.veplint.lint.cli;

import io.github.veplint.lint.migrate.FrontMatterMigration;
import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.lint.migrate.MigrationOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vep-lint migrate}: adds VEP 282 front matter to older-layout VEPs. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Add VEP 282 front matter to each vep.md that has none, from what the file already says"
          + " (number, title, owning SIG, target releases, feature gate). The owning SIG then fills in"
          + " status, reviewers and approvers; the rest of the file is kept byte for byte."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done", "1:some file was skipped for a problem", "2:usage or I/O error"})
final class MigrateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "A repository root, a VEP root, VEP directories or vep.md files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--dry-run", description = "Write nothing; print what would be done.")
  boolean dryRun;

  @Option(names = "--diff", description = "Print a unified-style preview of each insertion.")
  boolean diff;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<FileResult> results = new FrontMatterMigration(dryRun).run(paths);
    results.forEach(r -> MigrationOutput.print(r, dryRun, diff, out));
    MigrationOutput.summary(results, dryRun, out);
    out.flush();
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
      return VepLintCommand.TOOL_ERROR;
    }
    return results.stream().anyMatch(r -> r.outcome() == Outcome.SKIPPED)
        ? VepLintCommand.FINDINGS
        : VepLintCommand.OK;
  }
}
