package io.github.veplint.lint.baseline;

import io.github.veplint.lint.config.ConfigurationException;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.internal.GitHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lints the base revision of a {@code --base} run with the same rules and configuration, and
 * compares: the base tree is written to a temporary directory (deleted afterwards), the base
 * version of every linted file that existed there (at the path it was renamed from) is linted, and
 * its findings, carried to the file's current path, are what the run's findings are matched with.
 */
public final class BaseRevisionLint {

  /** Lints files of a directory holding the base revision: the run's rules, configuration and facts. */
  @FunctionalInterface
  public interface TreeLinter {
    /**
     * @param tree the directory holding the base revision (the lint repository root at the base)
     * @param files the files to lint, absolute, under {@code tree}
     * @return their findings, with paths relative to {@code tree}
     */
    List<Finding> lint(Path tree, List<Path> files);
  }

  private BaseRevisionLint() {}

  /**
   * Compares a run with its base.
   *
   * @param root the lint repository root
   * @param history what {@link GitHistory#read} said of the base
   * @param linted the files the run linted, relative to {@code root}
   * @param findings the run's findings
   * @param newOnly whether only new findings count toward {@code fail-on}
   * @param linter lints the base tree
   */
  public static Comparison compare(Path root, GitHistory.Result history, Collection<String> linted,
      Collection<Finding> findings, boolean newOnly, TreeLinter linter) {
    Map<String, String> currentPath = new HashMap<>();
    Map<String, String> renamed = new HashMap<>();
    for (String file : linted) {
      Path path = Path.of(file);
      if (!history.added().contains(path)) {
        String before = slashes(history.pathAtBase(path));
        currentPath.put(before, file);
        if (!before.equals(file)) {
          renamed.put(before, file);
        }
      }
    }
    List<BaselineEntry> earlier = new ArrayList<>();
    if (!currentPath.isEmpty()) {
      Path tree = null;
      try {
        tree = Files.createTempDirectory("vep-lint-base");
        GitHistory.writeTree(root, history.revision().commit(), tree);
        Map<String, String> places = withDirectories(currentPath);
        for (Finding finding : linter.lint(tree, existing(tree, currentPath.keySet()))) {
          String now = places.get(finding.file());
          // A renamed file's findings about its place come from where it was; the others from
          // its base content at its new place (below), so that what it says is compared as a VEP.
          if (now != null && (Fingerprint.isAboutThePlace(finding.ruleId()) || !renamed.containsKey(finding.file()))) {
            earlier.add(BaselineEntry.of(finding).at(now));
          }
        }
        if (!renamed.isEmpty()) {
          moveRenamed(tree, history);
          for (Finding finding : linter.lint(tree, existing(tree, renamed.values()))) {
            if (renamed.containsValue(finding.file()) && !Fingerprint.isAboutThePlace(finding.ruleId())) {
              earlier.add(BaselineEntry.of(finding));
            }
          }
        }
      } catch (IOException e) {
        throw new ConfigurationException("--base: cannot write the base revision to a temporary directory ("
            + e.getMessage() + ")", e);
      } finally {
        deleteQuietly(tree);
      }
    }
    return Comparison.match("the base " + history.revision().describe(), findings, earlier, newOnly);
  }

  /** The files of {@code tree} at these relative paths that exist there, sorted. */
  private static List<Path> existing(Path tree, Collection<String> files) {
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      Path inTree = tree.resolve(file);
      if (Files.isRegularFile(inTree)) {
        paths.add(inTree);
      }
    }
    paths.sort(null);
    return paths;
  }

  /**
   * Base path to current path for the linted files and their directories (a finding on a VEP
   * directory, such as {@code dir-name}'s, follows the directory's rename).
   */
  private static Map<String, String> withDirectories(Map<String, String> currentPath) {
    Map<String, String> places = new HashMap<>(currentPath);
    currentPath.forEach((before, now) -> {
      String from = before;
      String to = now;
      while (from.lastIndexOf('/') > 0 && to.lastIndexOf('/') > 0) {
        from = from.substring(0, from.lastIndexOf('/'));
        to = to.substring(0, to.lastIndexOf('/'));
        places.putIfAbsent(from, to);
      }
    });
    return places;
  }

  /** Applies the renames since the base to the base tree: each renamed file moves to its new path. */
  private static void moveRenamed(Path tree, GitHistory.Result history) throws IOException {
    Path base = tree.toAbsolutePath().normalize();
    for (Map.Entry<Path, Path> rename : history.renamedFrom().entrySet()) {
      Path from = base.resolve(rename.getValue()).normalize();
      Path to = base.resolve(rename.getKey()).normalize();
      if (from.startsWith(base) && to.startsWith(base) && Files.isRegularFile(from)) {
        Files.createDirectories(to.getParent());
        Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String slashes(Path path) {
    return path.toString().replace(java.io.File.separatorChar, '/');
  }

  private static void deleteQuietly(Path tree) {
    if (tree == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory: the operating system removes what is left
    }
  }

}
