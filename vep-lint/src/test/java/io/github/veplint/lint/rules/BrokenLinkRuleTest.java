package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenLinkRuleTest {

  private static final String VEP = "veps/sig-network/21-passt/vep.md";
  private final BrokenLinkRule rule = new BrokenLinkRule();

  @TempDir Path root;

  private void write(String relative, String content) {
    TestRepository.at(root).file(relative, content);
  }

  private List<Finding> check(String relativePath, String markdown) throws IOException {
    write(relativePath, markdown);
    return tester().root(root).check(rule, relativePath, markdown);
  }

  @Test
  void acceptsLinksToFilesThatExist() throws IOException {
    write("veps/sig-network/21-passt/passt-beta.md", "# Beta\n");
    write("veps/sig-network/21-passt/images/migration flow.png", "png");
    write("veps/sig-compute/10-dra-devices/vep.md", "# VEP #10\n");

    List<Finding> findings =
        check(
            VEP,
            """
# VEP #21: passt

See [the beta plan](./passt-beta.md#graduation), the [DRA VEP](../../sig-compute/10-dra-devices/vep.md?plain=1),
[this section](#design), [upstream](https://github.com/kubevirt/kubevirt) and the [directory](../).

![Migration](images/migration%20flow.png)
""");

    assertThat(findings).isEmpty();
  }

  @Test
  void reportsAMissingTargetAtTheLink() throws IOException {
    List<Finding> findings =
        check(
            "veps/sig-network/21-passt/passt-beta.md",
            """
            # VEP #21 - Part 2: Passt beta

            Builds on the [migration proposal](./passt-migration-proposal.md).
            """);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 15));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .isEqualTo(
                      "link './passt-migration-proposal.md' points at"
                          + " 'veps/sig-network/21-passt/passt-migration-proposal.md', which does"
                          + " not exist: fix the path, or add the file to the VEP's directory");
            });
  }

  /**
   * kubevirt/enhancements VEPs often link other VEPs by their GitHub URL: blob/ and tree/ links to
   * a branch point into the tree being linted and are checked like relative links; a commit id is
   * a permalink to a past version, other repositories and paths outside the VEP root are not ours.
   */
  @Test
  void checksGithubUrlsOfThisRepositorysVepTreeLikeRelativeLinks() throws IOException {
    write("veps/sig-storage/25-incremental-backup/vep.md", "# VEP #25\n");
    String markdown =
        """
# VEP #21: passt

[VEP 25](https://github.com/kubevirt/enhancements/blob/main/veps/sig-storage/25-incremental-backup/vep.md#api),
[its directory](https://github.com/kubevirt/enhancements/tree/main/veps/sig-storage/25-incremental-backup).
[Missing](https://github.com/kubevirt/enhancements/blob/main/veps/sig-storage/incremental-backup.md) and
[old](https://github.com/kubevirt/enhancements/blob/0123abc/veps/sig-storage/old.md),
[guide](https://github.com/kubevirt/enhancements/blob/main/docs/missing-guide.md),
[kubevirt](https://github.com/kubevirt/kubevirt/blob/main/veps/nothing.md).
[Tree](https://github.com/kubevirt/enhancements/tree/release-1.9/veps/sig-compute/404-gone)
""";

    List<Finding> findings = check(VEP, markdown);

    assertThat(findings)
        .extracting(Finding::line, Finding::column, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, 1, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(9, 1, Severity.WARNING));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "link 'https://github.com/kubevirt/enhancements/blob/main/veps/sig-storage/incremental-backup.md'"
                + " points at 'veps/sig-storage/incremental-backup.md', which does not exist in"
                + " this repository (the URL names this repository's VEP tree): fix the path so it"
                + " names an existing file");
    assertThat(findings.get(1).message())
        .contains("points at 'veps/sig-compute/404-gone', which does not exist in this repository");
  }

  @Test
  void suggestsThePathThatExistsOneLevelUp() throws IOException {
    // sig-storage/31 links to "../meta-VEPs/..." where "../../meta-VEPs/..." is meant.
    write("veps/meta-VEPs/229-beta-features-on-by-default/vep.md", "# VEP #229\n");

    List<Finding> findings =
        check(
            "veps/sig-storage/31-declarative-volume-hotplug/vep.md",
            """
# VEP #31: Declarative volume hotplug

- Beta features are on by default ([VEP 229](../meta-VEPs/229-beta-features-on-by-default/vep.md))
""");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 36));
              assertThat(f.message())
                  .isEqualTo(
                      "link '../meta-VEPs/229-beta-features-on-by-default/vep.md' points at"
                          + " 'veps/sig-storage/meta-VEPs/229-beta-features-on-by-default/vep.md',"
                          + " which does not exist: did you mean"
                          + " '../../meta-VEPs/229-beta-features-on-by-default/vep.md'?");
            });
  }

  @Test
  void countsFilesTheCopyListsAsNotIncludedAsPresent() throws IOException {
    write(
        ".binary-files-not-included.txt",
        "veps/sig-network/21-passt/images/passtMigrationDiagram.png\n");
    String markdown =
        "# VEP #21: passt\n\n"
            + "![diagram](./images/passtMigrationDiagram.png)\n"
            + "![other](./images/other.png)\n";

    List<Finding> findings = check(VEP, markdown);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(4, 1));
              assertThat(f.message())
                  .startsWith(
                      "image './images/other.png' points at"
                          + " 'veps/sig-network/21-passt/images/other.png'");
            });
  }

  @Test
  void reportsATargetOutsideTheRepositoryWithoutLookingAtIt() throws IOException {
    List<Finding> findings =
        check(
            VEP,
            """
# VEP #21: passt

Read [the secrets](../../../../etc/passwd) and [more](%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/hosts).
""");

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0))
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 6));
              assertThat(f.message())
                  .isEqualTo(
                      "link '../../../../etc/passwd' points outside the repository: link to a file"
                          + " inside the enhancements repository, or use a full https:// URL");
            });
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(3, 48));
    assertThat(findings.get(1).message()).contains("points outside the repository");
  }

  @Test
  void doesNotFollowASymbolicLinkOutOfTheRepository(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.md"), "secret");
    Path link = root.resolve("veps/sig-network/21-passt/shared");
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here");
    }

    List<Finding> findings = check(VEP, "# VEP #21: passt\n\n[secret](shared/secret.md)\n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.position()).isEqualTo(new SourcePosition(3, 1));
              assertThat(f.message())
                  .startsWith(
                      "link 'shared/secret.md' leads outside the repository through a"
                          + " symbolic link");
            });
  }

  @Test
  void followsASymbolicLinkThatStaysInside() throws IOException {
    write("veps/sig-network/21-passt/images/diagram.png", "png");
    Path link = root.resolve("veps/sig-network/21-passt/pictures");
    try {
      Files.createSymbolicLink(link, Path.of("images"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here");
    }

    assertThat(check(VEP, "# VEP #21: passt\n\n![d](pictures/diagram.png)\n")).isEmpty();
  }

  @Test
  void decodesPercentEscapesAsUtf8AndKeepsPlusSigns() {
    assertThat(BrokenLinkRule.percentDecode("a%20b+c%C3%A9")).isEqualTo("a b+cé");
    assertThat(BrokenLinkRule.percentDecode("100%")).isEqualTo("100%");
  }
}
