package io.github.veplint.lint.cli;

import io.github.veplint.lint.migrate.FrontMatterMigration;
import io.github.veplint.lint.migrate.FrontMatterMigration.FileResult;
import io.github.veplint.lint.migrate.FrontMatterMigration.Outcome;
import io.github.veplint.lint.migrate.LegacyDrop;
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

/** {@code vep-lint migrate}: adds VEP 282 front matter to older-layout VEPs; {@code --drop-legacy} removes the prose it replaces. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Add VEP 282 front matter to each vep.md that has none, from what the file already says"
          + " (number, title, owning SIG, target releases, feature gate). The owning SIG then fills in"
          + " status, reviewers and approvers; the rest of the file is kept byte for byte.",
      "With --drop-legacy, instead remove the prose that front matter replaces (the 'VEP Status Metadata'"
          + " section with 'Target releases', and the 'Release Signoff Checklist') from VEPs whose front"
          + " matter holds the status and the target releases, keeping what the front matter does not say"
          + " as an HTML comment; a file whose front matter lacks a value is refused and left alone."
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

  @Option(names = "--drop-legacy",
      description = "Remove the 'VEP Status Metadata' prose and the signoff checklist where front matter holds their values.")
  boolean dropLegacy;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<FileResult> results;
    if (dropLegacy) {
      if (diff) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--diff is not available with --drop-legacy; use --dry-run");
      }
      results = new LegacyDrop(dryRun).run(paths);
      results.forEach(r -> MigrationOutput.printDrop(r, dryRun, out));
      MigrationOutput.dropSummary(results, dryRun, out);
    } else {
      results = new FrontMatterMigration(dryRun).run(paths);
      results.forEach(r -> MigrationOutput.print(r, dryRun, diff, out));
      MigrationOutput.summary(results, dryRun, out);
    }
    out.flush();
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
      return VepLintCommand.TOOL_ERROR;
    }
    return results.stream().anyMatch(r -> r.outcome() == Outcome.SKIPPED)
        ? VepLintCommand.FINDINGS
        : VepLintCommand.OK;
  }
}
