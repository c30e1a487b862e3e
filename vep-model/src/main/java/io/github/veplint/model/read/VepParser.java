package io.github.veplint.model.read;

import io.github.veplint.model.LegacyMetadata;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.Section;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.Vep;
import io.github.veplint.model.VepLocation;
import io.github.veplint.model.VepMetadata;
import io.github.veplint.model.VepTitle;
import io.github.veplint.model.internal.FrontMatterReader;
import io.github.veplint.model.internal.LegacyReader;
import io.github.veplint.model.internal.MarkdownReader;
import io.github.veplint.model.internal.MetadataAssembler;
import io.github.veplint.model.internal.PathReader;
import io.github.veplint.model.internal.SourceText;
import io.github.veplint.model.internal.TitleReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses VEP markdown into a {@link Vep}. Stateless and safe to call from many threads at once.
 *
 * <p>Content never makes the parser throw: undecodable bytes, a broken front matter block or odd
 * markdown become {@link ParseProblem}s and the rest of the file is still read.
 */
public final class VepParser {

  /**
   * The largest file read, in bytes: 2 MiB, about 40 times the largest VEP in
   * kubevirt/enhancements. A larger file is reported as {@link ParseProblem.Kind#UNREADABLE}, not
   * read.
   */
  public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

  private VepParser() {}

  /**
   * Parses a file's content.
   *
   * @param relativePath the file's path relative to the repository root, with {@code /} separators
   *     (e.g. {@code veps/sig-compute/10-dra-devices/vep.md}); the SIG and number are read from it
   * @param content the file's bytes
   * @return the VEP; what could not be read is among its problems
   */
  public static Vep parse(String relativePath, byte[] content) {
    return parse(PathReader.read(relativePath), content);
  }

  /**
   * Parses a file's content, with the path relative to the VEP root given separately for
   * repositories whose VEP root is not called {@code veps}.
   *
   * @param relativePath the file's path relative to the repository root, with {@code /} separators
   * @param pathFromVepRoot the file's path relative to its VEP root, with {@code /} separators
   *     (e.g. {@code sig-compute/10-dra-devices/vep.md}); the SIG and number are read from it
   * @param content the file's bytes
   * @return the VEP; what could not be read is among its problems
   */
  public static Vep parse(String relativePath, String pathFromVepRoot, byte[] content) {
    return parse(PathReader.read(relativePath, pathFromVepRoot), content);
  }

  /**
   * Reads and parses a file. A file that is not opened (see {@link #whyNotOpened}) or an I/O error
   * becomes an {@link ParseProblem.Kind#UNREADABLE} problem.
   *
   * @param repositoryRoot the repository root the path is reported relative to
   * @param vepRoot the VEP root the file lives under (e.g. {@code <repo>/veps})
   * @param file the file
   * @return the VEP; what could not be read is among its problems
   */
  public static Vep parse(Path repositoryRoot, Path vepRoot, Path file) {
    String relative = slashes(repositoryRoot.relativize(file));
    String fromVepRoot = slashes(vepRoot.relativize(file));
    byte[] content;
    try {
      Optional<String> refused = whyNotOpened(repositoryRoot, file);
      if (refused.isPresent()) {
        return unread(
            PathReader.read(relative, fromVepRoot),
            new ParseProblem(ParseProblem.Kind.UNREADABLE, refused.get(), SourcePosition.START));
      }
      // Never more than the limit plus one byte, whatever the file's size says.
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes(MAX_FILE_BYTES + 1);
      }
    } catch (IOException | RuntimeException e) {
      VepLocation location = PathReader.read(relative, fromVepRoot);
      return unreadable(location, e);
    }
    return parse(relative, fromVepRoot, content);
  }

  /**
   * Why a file of a repository is not opened, if it is not: only a regular file is read, and
   * through a symbolic link only when the link resolves inside the repository. A FIFO would block
   * the reader, a device such as {@code /dev/zero} never ends, and a link out of the repository
   * would read what the repository does not hold. Looks at the file's type, never its content.
   *
   * @param repositoryRoot the repository root
   * @param file a path under it
   * @return the one-line reason, or empty when the file may be opened
   */
  public static Optional<String> whyNotOpened(Path repositoryRoot, Path file) {
    try {
      if (Files.isSymbolicLink(file)) {
        Path target;
        try {
          target = file.toRealPath();
        } catch (IOException e) {
          return Optional.of(Files.exists(file)
              ? "cannot read the file: symbolic link cannot be resolved (" + e.getClass().getSimpleName() + ")"
              : "cannot read the file: broken or looping symbolic link; not followed: replace it"
                  + " with the file");
        }
        if (!target.startsWith(repositoryRoot.toRealPath())) {
          return Optional.of("cannot read the file: symbolic link points outside the repository; not"
              + " followed: replace it with the file");
        }
      }
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of("cannot read the file: it is " + FileKinds.describe(file, attributes)
          + ", not a regular file; a VEP's markdown must be a file");
    } catch (IOException | RuntimeException e) {
      return Optional.of("cannot read the file (" + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()) + "): check that it exists and is readable");
    }
  }

  private static String slashes(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private static Vep unreadable(VepLocation location, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return unread(
        location,
        new ParseProblem(
            ParseProblem.Kind.UNREADABLE,
            "cannot read the file (" + reason + "): check that it exists and is readable",
            SourcePosition.START));
  }

  private static Vep unread(VepLocation location, ParseProblem problem) {
    VepMetadata metadata =
        MetadataAssembler.assemble(Optional.empty(), Optional.empty(), LegacyMetadata.NONE, location);
    return new Vep(
        location, Vep.Layout.LEGACY, Optional.empty(), Optional.empty(), List.of(), metadata,
        LegacyMetadata.NONE, List.of(), List.of(), List.of(), List.of(problem));
  }

  private static Vep parse(VepLocation location, byte[] content) {
    if (content.length > MAX_FILE_BYTES) {
      return unread(
          location,
          new ParseProblem(
              ParseProblem.Kind.UNREADABLE,
              "file is larger than "
                  + MAX_FILE_BYTES / (1024 * 1024)
                  + " MiB, far more than a VEP needs; it was not read: move large content out of"
                  + " the markdown",
              SourcePosition.START));
    }
    SourceText source = SourceText.decode(content);
    FrontMatterReader.Result front = FrontMatterReader.read(source);
    MarkdownReader.Body body = MarkdownReader.read(source, front.bodyStartLine());
    List<Section> all = body.sections().stream().flatMap(s -> s.flatten().stream()).toList();
    LegacyMetadata legacy = LegacyReader.read(all, source::line, body.blockLines());
    Optional<VepTitle> title = TitleReader.read(all);
    VepMetadata metadata = MetadataAssembler.assemble(front.frontMatter(), title, legacy, location);
    List<ParseProblem> problems = new ArrayList<>(source.problems());
    problems.addAll(front.problems());
    problems.addAll(body.problems());
    problems.sort(Comparator.comparing(ParseProblem::position));
    return new Vep(
        location,
        front.frontMatter().isPresent() ? Vep.Layout.FRONT_MATTER : Vep.Layout.LEGACY,
        front.frontMatter(),
        title,
        body.sections(),
        metadata,
        legacy,
        body.links(),
        body.comments(),
        List.copyOf(source.lines()), // immutable once: the record and its prose share the list
        problems);
  }
}
