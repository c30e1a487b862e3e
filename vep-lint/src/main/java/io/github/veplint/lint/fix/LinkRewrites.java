package io.github.veplint.lint.fix;

import io.github.veplint.lint.finding.Fix;
import io.github.veplint.model.Link;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.read.VepParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits that keep relative links meaning what they meant when a file moves: links in other
 * files that point at it, and the moved file's own links, which are relative to its old directory.
 * A link written in a way this cannot rewrite exactly (the destination does not appear verbatim on
 * the link's line) is left alone, for {@code broken-link} to report.
 */
final class LinkRewrites {

  private LinkRewrites() {}

  /** Edits to {@code file}'s own links so they resolve from {@code to}'s directory as they did from its own. */
  static List<Fix.Edit> ofMovedFile(String file, byte[] content, String to) {
    Vep vep = VepParser.parse(file, content);
    Path oldDirectory = directoryOf(file);
    Path newDirectory = directoryOf(to);
    List<Fix.Edit> edits = new ArrayList<>();
    for (Link link : vep.links()) {
      Optional<Destination> destination = Destination.of(link);
      if (destination.isEmpty()) {
        continue;
      }
      Path target = oldDirectory.resolve(destination.get().path()).normalize();
      if (target.startsWith("..")) {
        continue; // outside the repository: nothing to keep pointing at
      }
      String rewritten = target.equals(Path.of(file)) ? fileName(to) : slashes(newDirectory.relativize(target));
      edit(vep, link, destination.get(), rewritten).ifPresent(edits::add);
    }
    return edits;
  }

  /** Edits to {@code file}'s links that point at {@code from}, so they point at {@code to}. */
  static List<Fix.Edit> pointingAt(String file, byte[] content, String from, String to) {
    Vep vep = VepParser.parse(file, content);
    Path directory = directoryOf(file);
    List<Fix.Edit> edits = new ArrayList<>();
    for (Link link : vep.links()) {
      Optional<Destination> destination = Destination.of(link);
      if (destination.isEmpty()) {
        continue;
      }
      if (directory.resolve(destination.get().path()).normalize().equals(Path.of(from))) {
        edit(vep, link, destination.get(), slashes(directory.relativize(Path.of(to)))).ifPresent(edits::add);
      }
    }
    return edits;
  }

  /** A relative link's path (percent-decoded) and what follows it ({@code #anchor}, {@code ?query}). */
  private record Destination(String written, String path, String suffix) {
    static Optional<Destination> of(Link link) {
      String written = link.destination().strip();
      if (!link.isRelative() || written.isEmpty() || written.startsWith("#") || written.startsWith("/")) {
        return Optional.empty();
      }
      int cut = written.length();
      for (char c : new char[] {'#', '?'}) {
        int at = written.indexOf(c);
        if (at >= 0) {
          cut = Math.min(cut, at);
        }
      }
      String path = written.substring(0, cut);
      if (path.isEmpty()) {
        return Optional.empty();
      }
      try {
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path.of(decoded);
        return Optional.of(new Destination(written, decoded, written.substring(cut)));
      } catch (IllegalArgumentException e) { // bad percent-encoding or an invalid path
        return Optional.empty();
      }
    }
  }

  private static Optional<Fix.Edit> edit(Vep vep, Link link, Destination destination, String newPath) {
    String replacement = newPath.replace(" ", "%20") + destination.suffix();
    if (replacement.equals(destination.written())) {
      return Optional.empty();
    }
    int line = link.position().line();
    if (line < 1 || line > vep.lines().size()) {
      return Optional.empty();
    }
    int at = vep.line(line).indexOf(destination.written(), Math.max(0, link.position().column() - 1));
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of(new Fix.Edit(vep.location().relativePath(), new SourcePosition(line, at + 1),
        new SourcePosition(line, at + 1 + destination.written().length()), replacement));
  }

  private static Path directoryOf(String file) {
    Path parent = Path.of(file).getParent();
    return parent == null ? Path.of("") : parent;
  }

  private static String fileName(String file) {
    return Path.of(file).getFileName().toString();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
