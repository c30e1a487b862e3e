package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.model.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --base} on the real kubevirt/enhancements history: the corpus bundle cloned with JGit into
 * a temporary directory (never into this repository).
 */
class CorpusHistoryTest {

  /** "VEP 285: Add Beta Target ..." (2026-08-10), the commit before VEP 307 was added as deferred. */
  private static final String BEFORE_307 = "fc9d3710487e8eff8a28aee7833896e45f701959";

  @TempDir static Path dir;
  private static Path clone;

  @BeforeAll
  static void cloneTheBundle() throws Exception {
    Path bundle = Corpus.root().resolve("kubevirt-enhancements.bundle");
    clone = dir.resolve("enhancements");
    Git.cloneRepository().setURI(bundle.toUri().toString()).setBranch("main").setDirectory(clone.toFile())
        .call().close();
  }

  @Test
  void vep307StartedAsDeferredWhichVep282DoesNotAllowForANewVep() {
    LintResult result = VepLinter.builder().today(CorpusGoldenTest.TODAY).base(BEFORE_307).changedOnly(true)
        .build().lint(List.of(clone));

    // Every VEP document changed in the eight commits after the base, and nothing else.
    assertThat(result.files()).containsExactly(
        "veps/sig-compute/19-ibm-z-secure-execution/vep.md",
        "veps/sig-compute/210-centos-stream-10/vep.md",
        "veps/sig-compute/222-vsock-netns-vep/vep.md",
        "veps/sig-network/106-decouple-nad/vep.md",
        "veps/sig-network/183-dra-network/vep.md",
        "veps/sig-network/307-vhostuser-binding-plugin/vep.md",
        "veps/sig-storage/277-persistent-reservation/vep.md");
    // VEP 307 is the only one with front matter: PR #308 added it directly as 'deferred'.
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("status-transition")).singleElement()
        .satisfies(f -> {
          assertThat(f.file()).isEqualTo("veps/sig-network/307-vhostuser-binding-plugin/vep.md");
          assertThat(f.line()).isEqualTo(5);
          assertThat(f.column()).isEqualTo(9);
          assertThat(f.message()).startsWith("this VEP is new since fc9d371 but starts as 'deferred'");
        });
  }

  @Test
  void theWorkingTreeEqualsHeadSoNothingChangedSinceHead() throws Exception {
    Files.writeString(clone.resolve("untracked-notes.txt"), "not a VEP\n");
    try {
      LintResult result = VepLinter.builder().today(CorpusGoldenTest.TODAY).base("HEAD").changedOnly(true)
          .build().lint(List.of(clone));

      assertThat(result.files()).isEmpty();
      assertThat(result.findings()).isEmpty();
    } finally {
      Files.delete(clone.resolve("untracked-notes.txt"));
    }
  }
}
