package io.github.veplint.model.internal;

import io.github.veplint.model.VepLocation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code <vep-root>/<sig>/<number>-<slug>/<file>.md} apart. */
public final class PathReader {

  private static final Pattern DIRECTORY = Pattern.compile("^(?<number>\\d+)(?:-(?<slug>.*))?$");

  /** The VEP root's usual name, used when no root is given. */
  public static final String DEFAULT_VEP_ROOT = "veps";

  private PathReader() {}

  /**
   * Reads a path relative to the repository root. The VEP root is the last {@code veps} segment
   * when there is one, else the path is taken to start at the VEP root.
   */
  public static VepLocation read(String relativePath) {
    String normalized = relativePath.replace('\\', '/');
    List<String> segments = Arrays.asList(normalized.split("/"));
    int root = segments.lastIndexOf(DEFAULT_VEP_ROOT);
    return read(normalized, segments.subList(root + 1, segments.size()));
  }

  /**
   * Reads a path given relative to the repository root and, separately, relative to its VEP root.
   */
  public static VepLocation read(String relativePath, String pathFromVepRoot) {
    return read(relativePath.replace('\\', '/'), Arrays.asList(pathFromVepRoot.replace('\\', '/').split("/")));
  }

  /**
   * Whether a directory directly under a VEP root is named like a VEP's own directory (its name
   * starts with a number, as no SIG directory's does) rather than a SIG directory.
   */
  public static boolean isMisplacedVepDirectory(String name) {
    return MISPLACED.matcher(name).matches();
  }

  private static final Pattern MISPLACED = Pattern.compile("^\\d+(?:[-_].*)?$");

  private static VepLocation read(String relativePath, List<String> fromRoot) {
    String fileName = fromRoot.isEmpty() ? relativePath : fromRoot.get(fromRoot.size() - 1);
    Optional<String> sig = fromRoot.size() >= 2 ? Optional.of(fromRoot.get(0)) : Optional.empty();
    Optional<String> vepDirectory =
        fromRoot.size() >= 3 ? Optional.of(fromRoot.get(1)) : Optional.empty();
    if (fromRoot.size() == 2 && isMisplacedVepDirectory(fromRoot.get(0))) {
      // veps/0172-code-freeze-enforcement/vep.md: a VEP directory straight under the VEP root,
      // not a SIG directory holding a single-file VEP.
      sig = Optional.empty();
      vepDirectory = Optional.of(fromRoot.get(0));
    }
    Optional<Integer> number = Optional.empty();
    Optional<String> slug = Optional.empty();
    if (vepDirectory.isPresent()) {
      Matcher m = DIRECTORY.matcher(vepDirectory.get());
      if (m.matches()) {
        number = TitleReader.parseNumber(m.group("number"));
        slug = Optional.ofNullable(m.group("slug"));
      }
    }
    return new VepLocation(relativePath, sig, vepDirectory, number, slug, fileName);
  }
}
