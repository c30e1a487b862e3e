package io.github.veplint.lint.cli;

import io.github.veplint.lint.migrate.NewVep;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vep-lint new}: starts a VEP from the repository's own template. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Create veps/SIG/N-slug/vep.md from the repository's own template (veps/NNNN-vep-template/vep.md,"
          + " or 'template' in .vep-lint.yaml): front matter with the number, title, owning SIG, authors,"
          + " today's creation date, status provisional and TBD reviewers and approvers; the title line"
          + " '# VEP #N: Title'; the template's prompts kept as comments. Refuses an existing directory,"
          + " a number another VEP uses, an unknown SIG and a malformed handle, writing nothing."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:created", "2:refused (one line saying why), usage or I/O error; nothing written"})
final class NewCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..1", description = "The repository (default: the current directory).")
  Path path = Path.of(".");

  @Option(names = "--number", paramLabel = "N", required = true,
      description = "The VEP number: the number of its tracking issue in kubevirt/enhancements.")
  int number;

  @Option(names = "--sig", paramLabel = "SIG", required = true, description = "The owning SIG, e.g. sig-compute.")
  String sig;

  @Option(names = "--title", paramLabel = "TITLE", required = true, description = "The VEP's short, descriptive title.")
  String title;

  @Option(names = "--author", paramLabel = "@HANDLE",
      description = "An author's GitHub handle, e.g. @octocat; repeat for several (default: a TBD to fill in).")
  List<String> authors = new ArrayList<>();

  @Option(names = "--feature-gate", paramLabel = "NAME",
      description = "The feature gate guarding the feature, e.g. LiveMigration (default: TBD, to fill in).")
  String featureGate;

  @Option(names = "--slug", paramLabel = "SLUG",
      description = "The directory name after 'N-' (default: from the title, e.g. live-migration-network).")
  String slug;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .vep-lint.yaml at the repository root).")
  Path config;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The creation date (default: today).")
  String today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate date = LocalDate.now();
    if (today != null) {
      try {
        date = LocalDate.parse(today);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--today: '" + today + "' is not a date like 2026-11-25");
      }
    }
    NewVep.Created created = NewVep.create(path, Optional.ofNullable(config),
        new NewVep.Request(number, sig, title, authors, Optional.ofNullable(slug),
        Optional.ofNullable(featureGate), date));
    PrintWriter out = spec.commandLine().getOut();
    out.println("created " + created.relativePath() + " from " + created.template());
    out.println("Next steps:");
    out.println("  1. Open the tracking issue for this VEP in kubevirt/enhancements: its number is the VEP number, "
        + number + " (if the issue gets another number, rerun with that --number).");
    out.println("  2. Fill in the sections (the <!-- --> comments say what each needs)"
        + (authors.isEmpty() ? ", the authors" : "") + (featureGate == null ? ", the feature-gate" : "")
        + "; the owning SIG names reviewers and approvers instead of TBD before implementable.");
    out.println("  3. Run 'vep-lint check " + created.relativePath() + "' and open the pull request.");
    out.flush();
    return VepLintCommand.OK;
  }
}
