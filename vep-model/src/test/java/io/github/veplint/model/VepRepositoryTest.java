package io.github.veplint.model;



import io.github.veplint.model.read.VepDirectory;
import io.github.veplint.model.read.VepParser;
import io.github.veplint.model.read.VepRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning a checkout's directory layout, including links that must not be followed. */
class VepRepositoryTest {

  @TempDir Path temp;

  private Path root;
  private Path veps;

  @BeforeEach
  void createRepository() throws IOException {
    root = Files.createDirectory(temp.resolve("repo"));
    veps = root.resolve("veps");
    write("veps/NNNN-vep-template/vep.md");
    write("veps/sig-a/1-foo/vep.md");
    write("veps/sig-a/1-foo/extra.md");
    write("veps/sig-a/1-foo/images/diagram.png");
    write("veps/sig-a/1-foo/docs/deeper.MD");
    Files.createDirectories(veps.resolve("sig-b/2-bar"));
    write("veps/sig-b/2-bar/notes.txt");
    write("veps/meta-VEPs/3-proc/vep.md");
    write("veps/sig-a/single.md");
    write("veps/sig-a/readme.txt");
    write("README.md");
  }

  private Path write(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "# x\n");
  }

  /** Creates a symbolic link, or skips the test where the platform does not allow it. */
  private Path link(String relative, Path target) throws IOException {
    Path link = root.resolve(relative);
    try {
      return Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeTrue(false, "symbolic links not supported: " + e.getMessage());
      throw e;
    }
  }

  private Path path(String relative) {
    return root.resolve(relative);
  }

  /** veps/0172-code-freeze-enforcement/ (2026): a VEP directory straight under the VEP root. */
  @Test
  void aVepDirectoryStraightUnderTheVepRootIsAVepWithoutSigNotASig() throws IOException {
    write("veps/0172-code-freeze-enforcement/vep.md");
    write("veps/0172-code-freeze-enforcement/notes.md");

    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.sigs()).doesNotContain("0172-code-freeze-enforcement");
    assertThat(repository.singleFileVeps()).noneMatch(p -> p.toString().contains("0172"));
    assertThat(repository.directories())
        .filteredOn(d -> d.name().equals("0172-code-freeze-enforcement"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.sigDirectory()).isEmpty();
              assertThat(d.number()).contains(172);
              assertThat(d.attachments()).hasSize(1);
            });
    VepLocation location =
        io.github.veplint.model.internal.PathReader.read("veps/0172-code-freeze-enforcement/vep.md");
    assertThat(location.sigDirectory()).isEmpty();
    assertThat(location.vepDirectory()).contains("0172-code-freeze-enforcement");
    assertThat(location.number()).contains(172);
  }

  @Test
  void findsTemplateDirectoriesAttachmentsSigsAndSingleFiles() {
    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.root()).isEqualTo(root.toAbsolutePath().normalize());
    assertThat(repository.vepRoots()).containsExactly(veps);
    assertThat(repository.template()).contains(path("veps/NNNN-vep-template/vep.md"));
    assertThat(repository.sigs()).containsExactly("sig-a", "sig-b");
    assertThat(repository.singleFileVeps()).containsExactly(path("veps/sig-a/single.md"));
    assertThat(repository.problems()).isEmpty();

    assertThat(repository.directories())
        .extracting(VepDirectory::relativePath)
        .containsExactly("veps/meta-VEPs/3-proc", "veps/sig-a/1-foo", "veps/sig-b/2-bar");
    VepDirectory proc = repository.directories().get(0);
    assertThat(proc.sigDirectory()).isEqualTo("meta-VEPs");
    assertThat(proc.mainFile()).contains(path("veps/meta-VEPs/3-proc/vep.md"));
    assertThat(proc.attachments()).isEmpty();

    VepDirectory foo = repository.directories().get(1);
    assertThat(foo.name()).isEqualTo("1-foo");
    assertThat(foo.directory()).isEqualTo(path("veps/sig-a/1-foo"));
    assertThat(foo.vepRoot()).isEqualTo(veps);
    assertThat(foo.sigDirectory()).isEqualTo("sig-a");
    assertThat(foo.mainFile()).contains(path("veps/sig-a/1-foo/vep.md"));
    // Markdown below the directory, in any case, sorted; not the main file, not images.
    assertThat(foo.attachments())
        .containsExactly(path("veps/sig-a/1-foo/docs/deeper.MD"), path("veps/sig-a/1-foo/extra.md"));

    VepDirectory bar = repository.directories().get(2);
    assertThat(bar.mainFile()).isEmpty();
    assertThat(bar.attachments()).isEmpty();
  }

  @Test
  void markdownFilesListsEveryVepFileSorted() {
    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.markdownFiles())
        .containsExactly(
            path("veps/meta-VEPs/3-proc/vep.md"),
            path("veps/sig-a/1-foo/docs/deeper.MD"),
            path("veps/sig-a/1-foo/extra.md"),
            path("veps/sig-a/1-foo/vep.md"),
            path("veps/sig-a/single.md"));
  }

  @Test
  void relativizeAndVepRootOf() {
    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.relativize(path("veps/sig-a/1-foo/vep.md"))).isEqualTo("veps/sig-a/1-foo/vep.md");
    assertThat(repository.vepRootOf(path("veps/sig-a/1-foo/vep.md"))).contains(veps);
    assertThat(repository.vepRootOf(path("README.md"))).isEmpty();
  }

  @Test
  void scannedFilesParseWithTheirLocation() {
    VepRepository repository = VepRepository.scan(root);
    VepDirectory foo = repository.directories().get(1);

    Vep main = VepParser.parse(repository.root(), foo.vepRoot(), foo.mainFile().orElseThrow());
    assertThat(main.location().relativePath()).isEqualTo("veps/sig-a/1-foo/vep.md");
    assertThat(main.location().sigDirectory()).contains("sig-a");
    assertThat(main.location().number()).contains(1);
    assertThat(main.location().slug()).contains("foo");
    assertThat(main.location().isMainFile()).isTrue();
    assertThat(main.title().orElseThrow().position()).isEqualTo(SourcePosition.START);

    Vep attachment = VepParser.parse(repository.root(), foo.vepRoot(), path("veps/sig-a/1-foo/extra.md"));
    assertThat(attachment.location().isMainFile()).isFalse();
    assertThat(attachment.location().vepDirectory()).contains("1-foo");

    Vep process = VepParser.parse(repository.root(), veps, path("veps/meta-VEPs/3-proc/vep.md"));
    assertThat(process.isProcessVep()).isTrue();
    assertThat(process.metadata().owningSig()).isEmpty();

    Vep single = VepParser.parse(repository.root(), veps, path("veps/sig-a/single.md"));
    assertThat(single.location().sigDirectory()).contains("sig-a");
    assertThat(single.location().vepDirectory()).isEmpty();
    assertThat(single.location().number()).isEmpty();
  }

  @Test
  void missingFileIsUnreadableNotAnException() {
    Vep vep = VepParser.parse(root, veps, path("veps/sig-a/9-gone/vep.md"));

    assertThat(vep.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNREADABLE);
              assertThat(p.position()).isEqualTo(SourcePosition.START);
            });
    assertThat(vep.location().number()).contains(9);
  }

  @Test
  void linkOutsideTheRepositoryIsSkippedAndReported() throws IOException {
    Path outside = Files.createDirectory(temp.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), "# secret\n");
    link("veps/sig-a/leak.md", outside.resolve("secret.md"));
    link("veps/sig-a/1-foo/outdir", outside);
    link("veps/sig-c", outside);

    VepRepository repository = VepRepository.scan(root);

    // A markdown entry is listed whatever it is, so that reading it reports it; nothing is read.
    assertThat(repository.singleFileVeps())
        .containsExactly(path("veps/sig-a/leak.md"), path("veps/sig-a/single.md"));
    Vep leak = VepParser.parse(root, root.resolve("veps"), path("veps/sig-a/leak.md"));
    assertThat(leak.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ParseProblem.Kind.UNREADABLE);
      assertThat(p.message()).contains("symbolic link points outside the repository");
    });
    assertThat(leak.lines()).isEmpty();
    assertThat(repository.directories().get(1).attachments())
        .containsExactly(path("veps/sig-a/1-foo/docs/deeper.MD"), path("veps/sig-a/1-foo/extra.md"));
    assertThat(repository.sigs()).containsExactly("sig-a", "sig-b");
    assertThat(repository.markdownFiles()).noneMatch(p -> p.toString().contains("secret"));
    assertThat(repository.problems()).extracting(ScanProblem::toString)
        .containsExactlyInAnyOrder(
            "veps/sig-a/1-foo/outdir: symbolic link points outside the repository; not followed",
            "veps/sig-c: symbolic link points outside the repository; not followed");
  }

  @Test
  void linkInsideTheRepositoryIsFollowed() throws IOException {
    link("veps/sig-a/alias.md", path("veps/sig-a/single.md"));

    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.singleFileVeps())
        .containsExactly(path("veps/sig-a/alias.md"), path("veps/sig-a/single.md"));
    assertThat(repository.problems()).isEmpty();
  }

  @Test
  void linkLoopsDoNotHangAndAreReported() throws IOException {
    // A link to itself, two links to each other, and a directory link back to an ancestor.
    link("veps/sig-a/self.md", path("veps/sig-a/self.md"));
    link("veps/sig-a/ping", path("veps/sig-a/pong"));
    link("veps/sig-a/pong", path("veps/sig-a/ping"));
    link("veps/sig-a/1-foo/up", Path.of(".."));

    VepRepository repository =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> VepRepository.scan(root));

    // Nothing reached through a loop.
    assertThat(repository.directories())
        .extracting(VepDirectory::relativePath)
        .containsExactly("veps/meta-VEPs/3-proc", "veps/sig-a/1-foo", "veps/sig-b/2-bar");
    assertThat(repository.directories().get(1).attachments())
        .containsExactly(path("veps/sig-a/1-foo/docs/deeper.MD"), path("veps/sig-a/1-foo/extra.md"));
    assertThat(repository.singleFileVeps())
        .containsExactly(path("veps/sig-a/self.md"), path("veps/sig-a/single.md"));
    assertThat(VepParser.parse(root, root.resolve("veps"), path("veps/sig-a/self.md")).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("broken or looping symbolic link"));
    assertThat(repository.problems()).extracting(ScanProblem::toString)
        .containsExactlyInAnyOrder(
            "veps/sig-a/1-foo/up: symbolic link loops back to a directory that contains it; not followed",
            "veps/sig-a/ping: broken or looping symbolic link; not followed",
            "veps/sig-a/pong: broken or looping symbolic link; not followed");
  }

  @Test
  void brokenLinkIsReported() throws IOException {
    link("veps/sig-a/gone.md", path("veps/sig-a/nowhere.md"));

    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.singleFileVeps())
        .containsExactly(path("veps/sig-a/gone.md"), path("veps/sig-a/single.md"));
    assertThat(repository.problems()).isEmpty();
    assertThat(VepParser.parse(root, root.resolve("veps"), path("veps/sig-a/gone.md")).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("broken or looping symbolic link"));
  }

  @Test
  void rootWithoutVepsDirectoryHasNoVepRoots() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "# x\n");

    VepRepository repository = VepRepository.scan(empty);

    assertThat(repository.vepRoots()).isEmpty();
    assertThat(repository.template()).isEmpty();
    assertThat(repository.directories()).isEmpty();
    assertThat(repository.singleFileVeps()).isEmpty();
    assertThat(repository.sigs()).isEmpty();
    assertThat(repository.markdownFiles()).isEmpty();
    assertThat(repository.problems()).isEmpty();
  }

  @Test
  void vepsAsAFileIsNoVepRoot() throws IOException {
    Path odd = Files.createDirectory(temp.resolve("odd"));
    Files.writeString(odd.resolve("veps"), "not a directory\n");

    assertThat(VepRepository.scan(odd).vepRoots()).isEmpty();
  }

  @Test
  void configuredRootsAreScannedInOrderAndMissingOnesSkipped() throws IOException {
    write("proposals/sig-z/7-zed/vep.md");

    VepRepository repository = VepRepository.scan(root, List.of("proposals", "missing", "veps"));

    assertThat(repository.vepRoots()).containsExactly(path("proposals"), veps);
    assertThat(repository.sigs()).containsExactly("sig-a", "sig-b", "sig-z");
    assertThat(repository.directories())
        .extracting(VepDirectory::relativePath)
        .containsExactly(
            "proposals/sig-z/7-zed", "veps/meta-VEPs/3-proc", "veps/sig-a/1-foo", "veps/sig-b/2-bar");
    assertThat(repository.vepRootOf(path("proposals/sig-z/7-zed/vep.md"))).contains(path("proposals"));
    // The path from the VEP root gives the SIG and number whatever the root is called.
    Vep zed = VepParser.parse(root, path("proposals"), path("proposals/sig-z/7-zed/vep.md"));
    assertThat(zed.location().sigDirectory()).contains("sig-z");
    assertThat(zed.location().number()).contains(7);
  }

  @Test
  void templateNeedsItsMainFile() throws IOException {
    Files.delete(path("veps/NNNN-vep-template/vep.md"));

    VepRepository repository = VepRepository.scan(root);

    assertThat(repository.template()).isEqualTo(Optional.empty());
    // The template directory is never a SIG, with or without its file.
    assertThat(repository.sigs()).doesNotContain("NNNN-vep-template");
  }
}
