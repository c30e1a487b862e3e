package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.TestRepository;
import io.github.veplint.lint.cli.HostileInputTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 25's author-loop items: what a new VEP author meets when a VEP is half written. */
class AuthorLoopTest {

  private static final String VEP = "veps/sig-a/1-one/vep.md";

  @TempDir Path work;

  @Test
  void item14_unclosedFrontMatterIsOneFindingAndNothingIsFixed() throws Exception {
    // The closing '---' deleted: the front matter runs to the end of the file.
    String unclosed = TestRepository.CLEAN_VEP.replace("superseded-by: \"\"\n---\n", "superseded-by: \"\"\n")
        .replace("# VEP #1: A clean proposal", "# A clean proposal");
    assertThat(unclosed).doesNotContain("\n---\n");
    Path repo = TestRepository.at(work.resolve("repo")).file(VEP, unclosed).root();

    Run check = HostileInputTest.check(repo);
    assertThat(check.exitCode()).isEqualTo(1);
    HostileInputTest.assertFinding(check, VEP, "1:1", "frontmatter-syntax");
    // No rule read the front matter's text as body: one finding, no title or section advice.
    assertThat(check.out().lines().filter(l -> l.startsWith(VEP + ":"))).hasSize(1);
    assertThat(check.out()).doesNotContain("title-format", "missing-section", "write '# VEP #");

    Run fix = HostileInputTest.cli("fix", repo.toString());
    assertThat(fix.exitCode()).isEqualTo(1);
    assertThat(Files.readString(repo.resolve(VEP), StandardCharsets.UTF_8)).isEqualTo(unclosed);
  }
}
