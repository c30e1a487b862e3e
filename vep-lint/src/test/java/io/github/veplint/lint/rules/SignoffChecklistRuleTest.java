package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignoffChecklistRuleTest {

  private static final String PATH = "veps/sig-compute/246-migration-compression/vep.md";
  private final SignoffChecklistRule rule = new SignoffChecklistRule();

  @Test
  void reportsAnUnapprovedStageAtItsChecklistItem() {
    List<Finding> findings = tester().check(rule, PATH, """
        # VEP #246: Migration compression

        ### Target releases

        - This VEP targets alpha for version: v1.9
        - This VEP targets beta for version: v1.10
        - This VEP targets GA for version:

        ### Release Signoff Checklist

        - [x] (R) Enhancement issue created
        - [ ] (R) Alpha target version is explicitly mentioned and approved
        - [X] (R) Beta target version is explicitly mentioned and approved
        - [ ] (R) GA target version is explicitly mentioned and approved
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(12, 1));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message())
          .startsWith("alpha targets v1.9 but '(R) Alpha target version is explicitly mentioned and approved' is unchecked")
          .contains("VEP Freeze");
    });
  }

  @Test
  void letsTheGenericItemCoverEveryStageAndIgnoresStruckItems() {
    List<Finding> findings = tester().check(rule, PATH, """
        # VEP #246: Migration compression

        ### Target releases

        - This VEP targets alpha for version: v1.9
        - Ship target version: v1.10

        ### Release Signoff Checklist

          - [ ] ~(R) Alpha target version is explicitly mentioned and approved~
          - [ ] (R) Target version is explicitly mentioned and approved
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(11, 3));
      assertThat(f.message())
          .startsWith("alpha targets v1.9, the VEP targets v1.10 but '(R) Target version is explicitly mentioned"
              + " and approved' is unchecked");
    });
  }

  @Test
  void acceptsApprovedTargetsAndUntargetedStages() {
    assertThat(tester().check(rule, PATH, """
        # VEP #246: Migration compression

        ### Target releases

        - This VEP targets alpha for version: v1.9
        - This VEP targets beta for version: TBD

        ### Release Signoff Checklist

        - [x] (R) Alpha target version is explicitly mentioned and approved
        - [ ] (R) Beta target version is explicitly mentioned and approved
        """)).isEmpty();
  }

  @Test
  void ignoresFrontMatterVeps() {
    String markdown = FrontMatterFixture.VALID
        + "\n- This VEP targets alpha for version: v1.9\n\n- [ ] (R) Alpha target version is explicitly mentioned and approved\n";

    assertThat(tester().check(rule, FrontMatterFixture.PATH, markdown)).isEmpty();
  }
}
