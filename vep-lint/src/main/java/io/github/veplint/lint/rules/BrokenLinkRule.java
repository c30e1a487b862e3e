package io.github.veplint.lint.rules;

import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.DocumentRule;
import io.github.veplint.lint.spi.FindingSink;
import io.github.veplint.lint.spi.VepFile;
import io.github.veplint.lint.spi.LintContext;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.Link;
import io.github.veplint.model.Vep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative link or image points at a file that exists in the repository. Checks main files,
 * attachments and single-file VEPs alike.
 *
 * <p>Never touches anything outside the repository: a target that leaves the root is reported
 * without being looked at, and symbolic links are resolved by hand, one component at a time, so a
 * link that leads out of the root is reported rather than followed.
 */
@RuleInfo(
    id = "broken-link",
    severity = Severity.WARNING,
    summary = "Relative links and images point at files that exist in the repository",
    tags = "links")
public final class BrokenLinkRule implements DocumentRule {

  /**
   * Lists files a copy of the repository leaves out (e.g. images not mirrored); they count as
   * present, since the link works upstream.
   */
  static final String NOT_INCLUDED_LIST = ".binary-files-not-included.txt";

  /** The not-included list is a short path list; anything bigger is not that file. */
  private static final long MAX_LIST_BYTES = 1 << 20;

  /** Bounds symbolic-link chains (and loops), as the kernel does. */
  private static final int MAX_LINK_HOPS = 40;

  private static final Pattern ENHANCEMENTS_URL =
      Pattern.compile(
          "(?i)^https?://(?:www\\.)?github\\.com/kubevirt/enhancements/(?:blob|tree)/(?<ref>[^/?#]+)/(?<path>[^?#]+)(?:[?#].*)?$");

  private enum Resolution {
    EXISTS,
    MISSING,
    OUTSIDE,
    OUTSIDE_VIA_SYMLINK,
    SYMLINK_LOOP
  }

  @Override
  public void check(VepFile vepFile, FindingSink sink) {
    Vep vep = vepFile.vep();
    LintContext context = vepFile.context();
    Path root = context.repositoryRoot().toAbsolutePath().normalize();
    Path file;
    try {
      file = root.resolve(vep.location().relativePath()).normalize();
    } catch (InvalidPathException e) {
      return;
    }
    Path directory = Optional.ofNullable(file.getParent()).orElse(root);
    Set<String> notIncluded = null;
    for (Link link : vep.links()) {
      Optional<String> intoTree = link.isRelative() ? Optional.empty() : intoLintedTree(link, context);
      if (!link.isRelative() && intoTree.isEmpty()) {
        continue;
      }
      String path =
          percentDecode(stripAnchorAndQuery(intoTree.orElseGet(() -> link.destination().strip())));
      if (path.isEmpty()) {
        continue;
      }
      String kind = link.image() ? "image" : "link";
      Path target;
      try {
        target = intoTree.isPresent() ? root.resolve(path).normalize() : directory.resolve(path).normalize();
      } catch (InvalidPathException e) {
        sink.report(
            link.position(),
            kind
                + " '"
                + link.destination()
                + "' is not a valid path: fix the link so it names a file in the repository");
        continue;
      }
      Resolution resolution = resolve(root, target);
      if (resolution == Resolution.MISSING) {
        if (notIncluded == null) {
          notIncluded = notIncluded(root);
        }
        String relative = slashes(root.relativize(target));
        if (isListed(notIncluded, relative)) {
          continue;
        }
        sink.report(
            link.position(),
            kind
                + " '"
                + link.destination()
                + "' points at '"
                + relative
                + "', which does not exist"
                + (intoTree.isPresent()
                    ? " in this repository (the URL names this repository's VEP tree): fix the"
                        + " path so it names an existing file"
                    : ": " + fix(root, directory, path, target)));
      } else if (resolution != Resolution.EXISTS) {
        sink.report(link.position(), kind + " '" + link.destination() + "' " + explain(resolution));
      }
    }
  }

  /**
   * A link such as {@code https://github.com/kubevirt/enhancements/blob/main/veps/sig-storage/25-incremental-backup/vep.md}
   * (or {@code tree/}) names a file of the VEP tree being linted, by URL: the path after the branch
   * when it starts with one of the VEP roots. A commit id instead of a branch is a permalink to a
   * past version, which may have moved since, and is left alone.
   */
  private static Optional<String> intoLintedTree(Link link, LintContext context) {
    Matcher m = ENHANCEMENTS_URL.matcher(link.destination().strip());
    if (!m.matches() || m.group("ref").matches("[0-9a-f]{7,40}")) {
      return Optional.empty();
    }
    String path = m.group("path");
    for (Path vepRoot : context.repository().vepRoots()) {
      String prefix = slashes(context.repositoryRoot().toAbsolutePath().normalize()
          .relativize(vepRoot.toAbsolutePath().normalize())) + "/";
      if (path.startsWith(prefix)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /**
   * How to fix a link to a missing file. A path written one or more levels too shallow, such as
   * {@code ../meta-VEPs/229-.../vep.md} from {@code veps/sig-storage/31-.../}, is the usual mistake
   * between VEPs: when the path exists relative to an enclosing directory, suggest that.
   */
  private static String fix(Path root, Path directory, String path, Path target) {
    for (Path base = directory.getParent();
        base != null && base.startsWith(root);
        base = base.getParent()) {
      Path candidate;
      try {
        candidate = base.resolve(path).normalize();
      } catch (InvalidPathException e) {
        break;
      }
      if (resolve(root, candidate) == Resolution.EXISTS) {
        return "did you mean '" + slashes(directory.relativize(candidate)) + "'?";
      }
    }
    return target.startsWith(directory)
        ? "fix the path, or add the file to the VEP's directory"
        : "fix the path so it names an existing file";
  }

  private static String explain(Resolution resolution) {
    return switch (resolution) {
      case OUTSIDE ->
          "points outside the repository: link to a file inside the enhancements"
              + " repository, or use a full https:// URL";
      case OUTSIDE_VIA_SYMLINK ->
          "leads outside the repository through a symbolic link, which is"
              + " not followed: link to the file itself, inside the repository";
      case SYMLINK_LOOP -> "goes through a loop of symbolic links: link to the file itself";
      default -> throw new IllegalArgumentException(resolution.name());
    };
  }

  /**
   * Whether {@code target} exists under {@code root}, walking it one name at a time. Only paths
   * inside the root are ever looked at: a symbolic link is read (not followed) and its target
   * checked lexically before the walk goes on there.
   */
  private static Resolution resolve(Path root, Path target) {
    if (!target.startsWith(root)) {
      return Resolution.OUTSIDE;
    }
    Deque<String> pending = new ArrayDeque<>(names(root.relativize(target)));
    Path current = root;
    int hops = 0;
    while (!pending.isEmpty()) {
      Path next = current.resolve(pending.pop()).normalize();
      if (!next.startsWith(root)) {
        return Resolution.OUTSIDE;
      }
      if (Files.isSymbolicLink(next)) {
        if (++hops > MAX_LINK_HOPS) {
          return Resolution.SYMLINK_LOOP;
        }
        Path resolved;
        try {
          resolved = next.getParent().resolve(Files.readSymbolicLink(next)).normalize();
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
          return Resolution.MISSING;
        }
        if (!resolved.startsWith(root)) {
          return Resolution.OUTSIDE_VIA_SYMLINK;
        }
        // Walk the link's target from the root: its own components may be links too.
        List<String> names = names(root.relativize(resolved));
        for (int i = names.size() - 1; i >= 0; i--) {
          pending.push(names.get(i));
        }
        current = root;
        continue;
      }
      if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        return Resolution.MISSING;
      }
      current = next;
    }
    return Resolution.EXISTS;
  }

  private static List<String> names(Path relative) {
    if (relative.toString().isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    relative.forEach(name -> names.add(name.toString()));
    return names;
  }

  /** A listed file, or a directory that held listed files, counts as present. */
  private static boolean isListed(Set<String> notIncluded, String relative) {
    if (notIncluded.contains(relative)) {
      return true;
    }
    String prefix = relative + "/";
    return notIncluded.stream().anyMatch(p -> p.startsWith(prefix));
  }

  /** The repository-relative paths the copy says it left out; empty when there is no list. */
  private static Set<String> notIncluded(Path root) {
    Path list = root.resolve(NOT_INCLUDED_LIST);
    Set<String> paths = new HashSet<>();
    if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
      return paths;
    }
    try (InputStream in = Files.newInputStream(list, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) MAX_LIST_BYTES);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      for (String line : text.split("\\R")) {
        String path = line.strip();
        if (!path.isEmpty() && !path.startsWith("#")) {
          paths.add(path.startsWith("./") ? path.substring(2) : path);
        }
      }
    } catch (IOException e) {
      // Without the list every missing file is reported, which is the safe direction.
    }
    return paths;
  }

  private static String stripAnchorAndQuery(String destination) {
    int cut = destination.length();
    int hash = destination.indexOf('#');
    int query = destination.indexOf('?');
    if (hash >= 0) {
      cut = Math.min(cut, hash);
    }
    if (query >= 0) {
      cut = Math.min(cut, query);
    }
    return destination.substring(0, cut);
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8, leaving {@code +} alone (it is a plus in a path, unlike
   * in a form). Malformed escapes leave the text as written.
   */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  private static String slashes(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
