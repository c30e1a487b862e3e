package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RepositoryRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.Origin;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A VEP directory holds its main document as {@code vep.md}. Other markdown files are attachments
 * (such as {@code 21-passt/passt-beta.md}) and are fine next to a {@code vep.md}; a directory with
 * markdown but no {@code vep.md} is reported at the file most likely meant as the main document.
 */
@RuleInfo(
    id = "main-file-name",
    severity = Severity.ERROR,
    summary = "A VEP directory's main document is named vep.md",
    tags = "files")
public final class MainFileNameRule implements RepositoryRule {

  @Override
  public void check(List<VepSummary> veps, LintContext context, FindingSink sink) {
    VepRepository repository = context.repository();
    LintedScope scope = new LintedScope(repository, veps);
    Map<String, VepSummary> byFile =
        veps.stream().collect(Collectors.toMap(VepSummary::file, Function.identity(), (a, b) -> a));
    for (VepDirectory directory : repository.directories()) {
      if (directory.mainFile().isPresent()
          || directory.attachments().isEmpty()
          || !scope.includes(directory)) {
        continue;
      }
      Path likely = likelyMainFile(directory, byFile, repository);
      String file = repository.relativize(likely);
      sink.report(Report.at(SourcePosition.START, "VEP directory '"
              + directory.relativePath()
              + "' has no vep.md: the main VEP document"
              + " must be named 'vep.md', so rename '"
              + directory.directory().relativize(likely).toString().replace('\\', '/')
              + "' to 'vep.md' (other markdown files in the directory are attachments)").in(file));
    }
  }

  /**
   * The markdown file most likely meant as the VEP: one lying directly in the directory before one
   * in a subdirectory; among those, one whose first heading is a VEP title, then one whose name
   * says so (README, vep, or the directory's slug), then the first by name.
   */
  private static Path likelyMainFile(
      VepDirectory directory, Map<String, VepSummary> byFile, VepRepository repository) {
    String slug = directory.name().replaceFirst("^[0-9]+-", "").toLowerCase(Locale.ROOT);
    Comparator<Path> byLikelihood =
        Comparator.<Path>comparingInt(p -> directory.directory().equals(p.getParent()) ? 0 : 1)
            .thenComparingInt(p -> hasVepTitle(byFile.get(repository.relativize(p))) ? 0 : 1)
            .thenComparingInt(p -> nameSaysMain(p, slug) ? 0 : 1)
            .thenComparing(Comparator.naturalOrder());
    return directory.attachments().stream().min(byLikelihood).orElseThrow();
  }

  private static boolean hasVepTitle(VepSummary summary) {
    return summary != null
        && summary
            .number()
            .map(n -> n.origin() == Origin.TITLE || n.origin() == Origin.FRONT_MATTER)
            .orElse(false);
  }

  private static boolean nameSaysMain(Path file, String slug) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
    return name.equals("readme") || name.contains("vep") || name.equals(slug);
  }
}
