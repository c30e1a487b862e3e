package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.PATH;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.check;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.sigs;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.valid;
import static io.github.veplint.lint.cli.CommunityValidatorCasesTest.vep;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.cli.CommunityValidatorCasesTest.Reported;
import io.github.veplint.lint.cli.CommunityValidatorCasesTest.Verdict;
import io.github.veplint.model.SourcePosition;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts of kubevirt/enhancements' naming check ({@code .github/scripts/check-vep-naming.py},
 * run on every pull request by {@code check-vep-naming.yaml}), one case each, through {@code check
 * --base --changed-only} as the Action runs it on a pull request. Upstream checks each file the pull
 * request adds, copies or renames ({@code git diff --diff-filter=ACR}) under the SIG directories:
 *
 * <ol>
 *   <li>a file directly in a SIG directory other than {@code OWNERS}: error;
 *   <li>a file in a directory not named {@code <number>-<name>}: error;
 *   <li>a markdown file other than {@code vep.md} whose VEP directory has no {@code vep.md}: error;
 *   <li>anything else, and every file the pull request only modifies or deletes: ok.
 * </ol>
 *
 * <p>vep-lint's verdicts are {@code dir-name} (1, 2) and {@code main-file-name} (3) errors, on the
 * file, at line 1 column 1 (a finding about a file's place has no other position).
 */
class CheckVepNamingCasesTest {

  private static final SourcePosition START = new SourcePosition(1, 1);

  @TempDir java.nio.file.Path dir;

  /** A base with one clean VEP in sig-compute, then the pull request's change, then check. */
  private Verdict pullRequest(Consumer<GitFixture> change) {
    try (GitFixture git = GitFixture.init(dir)) {
      sigs(TestRepository.at(dir)).file(PATH, vep(valid()));
      git.file("veps/meta-VEPs/OWNERS", "approvers: []\n");
      String base = git.commit("base");
      change.accept(git);
      return check(git.root(), "--base", base, "--changed-only");
    }
  }

  private static Reported only(Verdict verdict, String rule) {
    assertThat(verdict.status()).as(verdict.out() + verdict.err()).isEqualTo(1);
    assertThat(verdict.errors()).as(verdict.out()).hasSize(1);
    Reported error = verdict.errors().get(0);
    assertThat(error.rule()).isEqualTo(rule);
    assertThat(error.position()).isEqualTo(START);
    return error;
  }

  @Test
  void anImageDirectlyInASigDirectoryIsRejected() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/diagram.png", "PNG"));

    Reported error = only(verdict, "dir-name");
    assertThat(error.file()).isEqualTo("veps/sig-compute/diagram.png");
    assertThat(error.message()).startsWith("this file lies directly in the SIG directory 'veps/sig-compute/'")
        .contains("belong in its '<number>-<name>/' directory");
  }

  @Test
  void anyFileDirectlyInMetaVepsIsRejectedButOwners() {
    Verdict verdict = pullRequest(git -> git.file("veps/meta-VEPs/notes.txt", "x").file("veps/sig-network/OWNERS",
        "approvers: [a]\n"));

    assertThat(only(verdict, "dir-name").file()).isEqualTo("veps/meta-VEPs/notes.txt");
  }

  @Test
  void aNewOwnersFileInASigDirectoryIsOk() {
    pullRequest(git -> git.file("veps/sig-storage/OWNERS", "approvers: [b]\n")).isOk();
  }

  @Test
  void aMarkdownFileDirectlyInASigDirectoryIsRejectedOnce() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/decouple.md", "# VEP #124: Decouple\n"));

    assertThat(verdict.of("dir-name")).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("veps/sig-compute/decouple.md");
      assertThat(f.position()).isEqualTo(START);
      assertThat(f.message()).startsWith("VEP files must be inside a '<number>-<name>/' directory");
    });
  }

  @Test
  void anImageInABadlyNamedDirectoryIsRejected() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/Foo_Bar/diagram.png", "PNG"));

    Reported error = only(verdict, "dir-name");
    assertThat(error.file()).isEqualTo("veps/sig-compute/Foo_Bar/diagram.png");
    assertThat(error.message()).isEqualTo("this file's VEP directory 'veps/sig-compute/Foo_Bar' does not match"
        + " '<number>-<name>' (the tracking issue's number, a hyphen, then lowercase letters and digits in"
        + " hyphen-separated words), which the enhancements repository's naming check requires: rename it to"
        + " '<number>-foo-bar'");
  }

  @Test
  void aNestedImageInABadlyNamedDirectoryIsRejectedAndOneInAGoodOneIsOk() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-storage/12-Backup/images/flow.svg", "<svg/>")
        .file("veps/sig-compute/123-foo/images/flow.svg", "<svg/>"));

    assertThat(only(verdict, "dir-name").file()).isEqualTo("veps/sig-storage/12-Backup/images/flow.svg");
    assertThat(verdict.errors().get(0).message()).endsWith("rename it to '12-backup'");
  }

  @Test
  void aNewVepInABadlyNamedDirectoryIsOneFindingForTheDirectory() {
    // Upstream says it of each file; renaming the directory fixes them all, so vep-lint says it
    // once, on the VEP's vep.md, and not again on each image or attachment of the directory.
    String text = vep(valid()).replace("vep-number: 123", "vep-number: 124").replace("# VEP #123", "# VEP #124");
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/124_Bar/vep.md", text)
        .file("veps/sig-compute/124_Bar/bar.png", "PNG").file("veps/sig-compute/124_Bar/appendix.md", "# More\n"));

    Reported error = only(verdict, "dir-name");
    assertThat(error.file()).isEqualTo("veps/sig-compute/124_Bar/vep.md");
    assertThat(error.message()).startsWith("VEP directory 'veps/sig-compute/124_Bar' does not match")
        .endsWith("rename it to '124-bar'");
  }

  @Test
  void anImageNextToAVepMdIsOk() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/123-foo/diagram.png", "PNG"));

    verdict.isOk();
    assertThat(verdict.findings()).isEmpty();
  }

  @Test
  void aMarkdownFileInADirectoryWithoutVepMdIsRejected() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-network/124-bar/proposal.md", "# VEP #124: Bar\n"));

    Reported error = verdict.hasError("main-file-name", START);
    assertThat(error.file()).isEqualTo("veps/sig-network/124-bar/proposal.md");
    assertThat(error.message()).contains("must be named 'vep.md'");
    assertThat(verdict.of("dir-name")).isEmpty();
  }

  @Test
  void anAttachmentMarkdownNextToAVepMdIsNotANamingError() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/123-foo/beta-plan.md", "# Beta plan\n"));

    assertThat(verdict.of("dir-name")).isEmpty();
    assertThat(verdict.of("main-file-name")).isEmpty();
  }

  @Test
  void aMoveIntoABadlyNamedDirectoryIsRejectedAndAMoveOutOfOneIsOk() {
    try (GitFixture git = GitFixture.init(dir)) {
      sigs(TestRepository.at(dir)).file(PATH, vep(valid()));
      git.file("veps/sig-compute/123-foo/diagram.png", "PNG image data, large enough to be recognised\n");
      git.file("veps/sig-network/Old_Name/flow.png", "another image, moved to a good name\n");
      String base = git.commit("base");
      git.delete("veps/sig-compute/123-foo/diagram.png")
          .file("veps/sig-compute/Diagrams/diagram.png", "PNG image data, large enough to be recognised\n");
      git.delete("veps/sig-network/Old_Name/flow.png")
          .file("veps/sig-network/125-new-name/flow.png", "another image, moved to a good name\n");

      Verdict verdict = check(git.root(), "--base", base, "--changed-only");

      Reported error = only(verdict, "dir-name");
      assertThat(error.file()).isEqualTo("veps/sig-compute/Diagrams/diagram.png");
    }
  }

  @Test
  void modifiedAndDeletedFilesAreNotChecked() {
    try (GitFixture git = GitFixture.init(dir)) {
      sigs(TestRepository.at(dir)).file(PATH, vep(valid()));
      git.file("veps/sig-compute/Bad_Dir/diagram.png", "PNG");
      git.file("veps/sig-compute/stray.png", "PNG");
      String base = git.commit("base with names the check came after");
      git.file("veps/sig-compute/Bad_Dir/diagram.png", "PNG, edited").delete("veps/sig-compute/stray.png");

      check(git.root(), "--base", base, "--changed-only").isOk();
    }
  }

  @Test
  void filesOutsideTheSigDirectoriesAreNotChecked() {
    Verdict verdict = pullRequest(git -> git.file("veps/README.md", "# VEPs\n").file("veps/logo.png", "PNG")
        .file("veps/NNNN-vep-template/diagram.png", "PNG").file("docs/Some_Doc/x.png", "PNG"));

    assertThat(verdict.of("dir-name")).isEmpty();
    assertThat(verdict.of("main-file-name")).isEmpty();
  }

  @Test
  void withoutABaseAFileOtherThanMarkdownIsNotJudged() {
    sigs(TestRepository.at(dir)).file(PATH, vep(valid())).file("veps/sig-compute/diagram.png", "PNG");

    Verdict verdict = check(dir);

    verdict.isOk();
    assertThat(verdict.findings()).isEmpty();
  }

  @Test
  void aNameWithControlCharactersIsNeverEchoedRaw() {
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/Evil\n::error::x\u001b[31m/a.png", "PNG")
        .file("veps/sig-compute/x\ty.png", "PNG"));

    assertThat(verdict.out()).doesNotContain("\n::error::").doesNotContain("\u001b").doesNotContain("\t");
    assertThat(verdict.of("dir-name")).extracting(Reported::file).containsExactlyInAnyOrder(
        "veps/sig-compute/Evil\\n::error::x\\u001B[31m/a.png", "veps/sig-compute/x\\ty.png");
    assertThat(verdict.of("dir-name")).anySatisfy(f -> assertThat(f.message())
        .startsWith("this file's VEP directory 'veps/sig-compute/Evil\\n::error::x\\u001B[31m' does not match"));
  }

  @Test
  void aMarkdownFileWithAControlCharacterIsTheEnginesOneFinding() {
    // The engine lints no such file and says so (unreadable-file, asking for a plain name): the
    // naming check does not say it again on the same path.
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/12-a\nb/vep.md", "# VEP #12: A\n"));

    assertThat(verdict.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.file()).isEqualTo("veps/sig-compute/12-a\\nb/vep.md");
      assertThat(f.position()).isEqualTo(START);
    });
  }

  @Test
  void aNonAsciiFileNameInAGoodDirectoryPassesAndANonAsciiDirectoryNameDoesNot() {
    // Upstream reads 'git diff --name-only', which quotes such a path ("veps/...\303\251.png"), so
    // its prefix is not stripped and every such file fails; vep-lint judges the name itself.
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.charset.Charset.isSupported(encoding)
        && java.nio.charset.Charset.forName(encoding).newEncoder().canEncode('\u00e9'), "file names cannot hold it here");
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/123-foo/caf\u00e9.png", "PNG")
        .file("veps/sig-network/12-caf\u00e9/flow.png", "PNG"));

    Reported error = only(verdict, "dir-name");
    assertThat(error.file()).isEqualTo("veps/sig-network/12-caf\u00e9/flow.png");
    assertThat(error.message()).endsWith("rename it to '12-caf'");
  }

  @Test
  void aVeryLongNameIsOneBoundedFinding() {
    String name = "A".repeat(250);
    Verdict verdict = pullRequest(git -> git.file("veps/sig-compute/" + name + "/a.png", "PNG"));

    Reported error = only(verdict, "dir-name");
    assertThat(error.message()).hasSizeLessThan(1000).endsWith("rename it to '<number>-" + "a".repeat(250) + "'");
  }
}
