package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterMissingRuleTest {

  private static final String LEGACY_PATH = "veps/sig-compute/42-memory-hotplug/vep.md";
  private final FrontMatterMissingRule rule = new FrontMatterMissingRule();

  @Test
  void reportsAnOlderLayoutVepAtTheFirstLineAndPointsAtMigrate() {
    List<Finding> findings = tester().check(rule, LEGACY_PATH, """
        # VEP #42: Memory hotplug

        ## VEP Status Metadata

        ### Target releases

        - This VEP targets alpha for version: v1.9
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message())
          .contains("no front matter")
          .contains("VEP 282")
          .contains("'VEP Front Matter' in VEP 282")
          .contains("run 'vep-lint migrate <path>' to add it from what this file already says, then"
              + " let the owning SIG fill in status, reviewers and approvers");
    });
  }

  @Test
  void acceptsAVepWithFrontMatter() {
    assertThat(tester().check(rule, FrontMatterFixture.PATH, FrontMatterFixture.VALID)).isEmpty();
  }

  @Test
  void leavesAnUnclosedBlockToFrontmatterSyntax() {
    assertThat(tester().check(rule, LEGACY_PATH, "---\nstatus: provisional\n\n# VEP #42: Memory hotplug\n"))
        .isEmpty();
  }

  @Test
  void ignoresAttachments() {
    assertThat(tester().check(rule, "veps/sig-compute/42-memory-hotplug/notes.md", "# Notes\n")).isEmpty();
  }
}
