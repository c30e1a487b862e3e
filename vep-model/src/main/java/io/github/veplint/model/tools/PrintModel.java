package io.github.veplint.model.tools;

import io.github.veplint.model.Located;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.ReleaseTarget;
import io.github.veplint.model.Section;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints what the model reads from each VEP of a repository: a quick look at the parser's view
 * before any rule runs. Usage: {@code PrintModel [REPOSITORY_ROOT]} (default {@code .}).
 */
public final class PrintModel {

  private PrintModel() {}

  /**
   * Entry point; exit status 2 when the path holds no VEP root.
   *
   * @param args the repository root, optional (default: the current directory)
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    PrintStream out = System.out;
    if (!Files.isDirectory(root)) {
      System.err.println(root + ": not a directory");
      System.exit(2);
    }
    VepRepository repository = VepRepository.scan(root);
    if (repository.vepRoots().isEmpty()) {
      System.err.println(root + ": no 'veps/' directory found; pass the repository root");
      System.exit(2);
    }
    out.printf("Repository %s: %d VEP directories, SIGs %s%n", root, repository.directories().size(),
        repository.sigs());
    repository.problems().forEach(p -> out.println("  ! " + p));
    for (VepDirectory directory : repository.directories()) {
      for (Path file : files(directory)) {
        print(out, VepParser.parse(repository.root(), directory.vepRoot(), file));
      }
    }
  }

  private static List<Path> files(VepDirectory directory) {
    return java.util.stream.Stream.concat(directory.mainFile().stream(), directory.attachments().stream())
        .toList();
  }

  private static void print(PrintStream out, Vep vep) {
    var meta = vep.metadata();
    out.printf("%n%s%s%n", vep.location().relativePath(),
        vep.location().isMainFile() ? "" : "  (attachment)");
    out.printf("  layout      %s%n", vep.layout());
    out.printf("  number      %s%n", show(meta.number()));
    out.printf("  title       %s%n", show(meta.title()));
    out.printf("  owning SIG  %s%s%n", show(meta.owningSig()), vep.isProcessVep() ? "  (process VEP)" : "");
    meta.status().ifPresent(s -> out.printf("  status      %s%n", show(Optional.of(s))));
    for (ReleaseTarget target : meta.milestones().targets()) {
      out.printf("  target      %-6s %-14s %s @%s%n", target.stage(), target.kind(),
          target.rawValue(), target.position());
    }
    out.printf("  sections    %s%n", vep.sectionsAtLevel(2).stream().map(Section::text)
        .collect(Collectors.joining(" | ")));
    for (ParseProblem problem : vep.problems()) {
      out.printf("  problem     %s %s: %s%n", problem.position(), problem.kind(), problem.message());
    }
  }

  private static String show(Optional<? extends Located<?>> value) {
    return value.map(v -> v.value() + "  [" + v.origin() + " " + v.position() + "]").orElse("-");
  }
}
