package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.PathText;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every VEP lives in its own directory named {@code <number>-<lowercase-slug>} under its SIG
 * directory, as kubevirt/enhancements' naming check ({@code .github/scripts/check-vep-naming.py})
 * requires; a markdown file lying directly in a SIG directory is told to move into one.
 *
 * <p>With a base revision, every file the change adds or moves into a SIG directory (images and
 * other attachments too, not only markdown) is checked as that script checks it: a file lying
 * directly in the SIG directory ({@code OWNERS} excepted), or in a VEP directory whose name breaks
 * the pattern, is a finding on that file, unless a finding of this rule already names the file or
 * its VEP directory (one finding per wrongly named directory: renaming it fixes all its files).
 * Paths are written with {@link PathText#safe}: a name is the pull request's data.
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

  private static final String PATTERN_IN_WORDS = "'<number>-<name>' (the tracking issue's number, a hyphen, then"
      + " lowercase letters and digits in hyphen-separated words), which the enhancements repository's naming check"
      + " requires";

  /** The one file upstream's naming check allows directly in a SIG directory. */
  private static final String OWNERS = "OWNERS";

  @Override
  public void check(List<VepSummary> veps, LintContext context, FindingSink sink) {
    VepRepository repository = context.repository();
    LintedScope scope = new LintedScope(repository, veps);
    // The files and VEP directories a finding already names: a file the change adds is not
    // reported again, nor is each file of a directory whose name the directory's finding reports.
    Set<String> named = new HashSet<>();
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
      named.add(PathText.safe(directory.relativePath()));
      sink.report(Report.at(SourcePosition.START, "VEP directory '"
              + PathText.safe(directory.relativePath())
              + "' does not match " + PATTERN_IN_WORDS + ": rename it to '"
              + suggestion
              + "'").in(PathText.safe(file)));
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
      named.add(file);
      sink.report(Report.at(SourcePosition.START, message).in(file).withFix(movable
          ? Optional.of(Fix.move("move it to '" + target + "', rewriting the links into it", file, target))
          : Optional.empty()));
    }
    context.base().ifPresent(base -> checkAddedOrMoved(base.addedOrMoved(), repository, named, sink));
  }

  /**
   * The naming check of kubevirt/enhancements on each file a change adds or moves (its {@code git
   * diff --diff-filter=ACR}): under a SIG directory ({@code meta-VEPs} included) a file lies in a
   * VEP directory named {@code <number>-<name>}; {@code OWNERS} may lie in the SIG directory itself.
   * Files elsewhere (the VEP root itself, the template directory, outside the VEP roots) are not
   * checked, as upstream checks only the SIG directories.
   */
  private static void checkAddedOrMoved(
      Set<String> files, VepRepository repository, Set<String> named, FindingSink sink) {
    Set<String> sigDirectories = new HashSet<>(repository.sigs());
    sigDirectories.add(io.github.veplint.model.VepLocation.PROCESS_DIRECTORY);
    for (Path vepRoot : repository.vepRoots()) {
      String prefix = repository.relativize(vepRoot) + "/";
      for (String file : files) {
        if (!file.startsWith(prefix) || named.contains(PathText.safe(file)) || isRefusedMarkdown(file)) {
          continue;
        }
        String[] parts = file.substring(prefix.length()).split("/", 3);
        if (parts.length < 2 || !sigDirectories.contains(parts[0])) {
          continue;
        }
        String sigDirectory = PathText.safe(prefix + parts[0]);
        if (parts.length == 3 && named.contains(sigDirectory + "/" + PathText.safe(parts[1]))) {
          continue;
        }
        if (parts.length == 2 && !parts[1].equals(OWNERS)) {
          sink.report(Report.at(SourcePosition.START, ("this file lies directly in the SIG directory '%s/': a VEP's"
              + " files (its vep.md, images, other attachments) belong in its '<number>-<name>/' directory, which the"
              + " enhancements repository's naming check requires; move it into the VEP's directory")
              .formatted(sigDirectory)).in(PathText.safe(file)));
        } else if (parts.length == 3 && !DIRECTORY_NAME.matcher(parts[1]).matches()) {
          sink.report(Report.at(SourcePosition.START, ("this file's VEP directory '%s/%s' does not match %s: rename"
              + " it to '%s'").formatted(sigDirectory, PathText.safe(parts[1]), PATTERN_IN_WORDS,
              suggestName(parts[1], Optional.empty()))).in(PathText.safe(file)));
        }
      }
    }
  }

  /**
   * A markdown file whose name holds a control character: the engine lints no such file and names it
   * in an {@code unreadable-file} finding (asking for a name of lowercase letters, digits and
   * hyphens), which a second finding on the same escaped path would only repeat.
   */
  private static boolean isRefusedMarkdown(String file) {
    return PathText.hasControl(file) && file.toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /**
   * A VEP directory straight under the VEP root has no SIG: the enhancements repository keeps
   * every VEP in its owning SIG's directory (process VEPs in meta-VEPs), so it moves there, under
   * a name that also passes the naming check.
   */
  private static void reportOutsideSig(
      VepRepository repository, VepDirectory directory, LintContext context, FindingSink sink) {
    String file = PathText.safe(directory.mainFile().map(repository::relativize).orElse(directory.relativePath()));
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
        message.formatted(PathText.safe(directory.relativePath()), root, root, name, String.join(", ", homes)))
        .in(file));
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
