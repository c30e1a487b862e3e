package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.Report;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RepositoryRule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.lint.spi.VepSummary;
import io.github.veplint.model.Located;
import io.github.veplint.model.Origin;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every VEP lives in its own directory named {@code <number>-<lowercase-slug>} under its SIG
 * directory, as kubevirt/enhancements' naming check ({@code .github/scripts/check-vep-naming.py})
 * requires; a markdown file lying directly in a SIG directory is told to move into one.
 */
@RuleInfo(
    id = "dir-name",
    severity = Severity.ERROR,
    summary = "VEP directories are named '<number>-<lowercase-slug>'; no VEP lies directly in a SIG directory",
    tags = "files",
    fixable = true)
public final class DirNameRule implements RepositoryRule {

  /** The upstream check's pattern, verbatim. */
  static final Pattern DIRECTORY_NAME = Pattern.compile("^[0-9]+-[a-z0-9]+(-[a-z0-9]+)*$");

  @Override
  public void check(List<VepSummary> veps, LintContext context, FindingSink sink) {
    VepRepository repository = context.repository();
    LintedScope scope = new LintedScope(repository, veps);
    for (VepDirectory directory : repository.directories()) {
      if (scope.includes(directory) && directory.sigDirectory().isEmpty()) {
        reportOutsideSig(repository, directory, context, sink);
        continue;
      }
      if (!scope.includes(directory) || DIRECTORY_NAME.matcher(directory.name()).matches()) {
        continue;
      }
      String file =
          directory.mainFile().map(repository::relativize).orElse(directory.relativePath());
      Optional<Integer> number = titleNumber(veps, file).or(directory::number);
      String suggestion = suggestName(directory.name(), number);
      sink.report(Report.at(SourcePosition.START, "VEP directory '"
              + directory.relativePath()
              + "' does not match '<number>-<name>'"
              + " (the tracking issue's number, a hyphen, then lowercase letters and digits in"
              + " hyphen-separated words), which the enhancements repository's naming check"
              + " requires: rename it to '"
              + suggestion
              + "'").in(file));
    }
    for (Path single : repository.singleFileVeps()) {
      String file = repository.relativize(single);
      if (!scope.includes(file)) {
        continue;
      }
      String name = single.getFileName().toString().replaceFirst("(?i)\\.md$", "");
      Optional<Integer> number = titleNumber(veps, file);
      String target =
          repository.relativize(single.getParent()) + "/" + suggestName(name, number) + "/vep.md";
      String message =
          "VEP files must be inside a '<number>-<name>/' directory, not directly in the SIG"
              + " directory: move this file to '"
              + target
              + "'";
      // Without a number the directory name would be a guess: the author picks the tracking issue.
      boolean movable =
          number.isPresent() && !target.contains("<") && !Files.exists(single.resolveSibling(suggestName(name, number)));
      sink.report(Report.at(SourcePosition.START, message).in(file).withFix(movable
          ? Optional.of(Fix.move("move it to '" + target + "', rewriting the links into it", file, target))
          : Optional.empty()));
    }
  }

  /**
   * A VEP directory straight under the VEP root has no SIG: the enhancements repository keeps
   * every VEP in its owning SIG's directory (process VEPs in meta-VEPs), so it moves there, under
   * a name that also passes the naming check.
   */
  private static void reportOutsideSig(
      VepRepository repository, VepDirectory directory, LintContext context, FindingSink sink) {
    String file = directory.mainFile().map(repository::relativize).orElse(directory.relativePath());
    String name =
        DIRECTORY_NAME.matcher(directory.name()).matches()
            ? directory.name()
            : suggestName(directory.name(), directory.number());
    String root = repository.relativize(directory.vepRoot());
    List<String> homes = new java.util.ArrayList<>(context.sigs());
    homes.add(io.github.veplint.model.VepLocation.PROCESS_DIRECTORY);
    String message = "VEP directory '%s' lies directly in the VEP root '%s/', not in a SIG directory: move it to"
        + " '%s/<owning SIG>/%s/', where <owning SIG> is one of %s (meta-VEPs for a process VEP)";
    sink.report(Report.at(SourcePosition.START,
        message.formatted(directory.relativePath(), root, root, name, String.join(", ", homes))).in(file));
  }

  /** The number the file itself states (title or front matter), if it is linted and states one. */
  private static Optional<Integer> titleNumber(List<VepSummary> veps, String file) {
    return veps.stream()
        .filter(v -> v.file().equals(file))
        .findFirst()
        .flatMap(VepSummary::number)
        .filter(n -> n.origin() == Origin.TITLE || n.origin() == Origin.FRONT_MATTER)
        .map(Located::value);
  }

  /** A name that passes the pattern: lower-cased, other characters turned into single hyphens. */
  static String suggestName(String name, Optional<Integer> number) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.matches("[0-9]+-.+")) {
      return slug;
    }
    String prefix = number.map(String::valueOf).orElse("<number>");
    String rest = slug.replaceFirst("^[0-9]+-?", "");
    return prefix + "-" + (rest.isEmpty() ? "<name>" : rest);
  }
}
