package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.ParseProblem;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterSchemaRuleTest {

  private final FrontMatterSchemaRule rule = new FrontMatterSchemaRule();

  @Test
  void reportsAMisspelledKeyWithASuggestionAndTheKeyItReplaced() {
    List<Finding> findings = tester().check(rule, PATH, with("status: provisional", "stauts: provisional"));

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).position()).isEqualTo(new SourcePosition(2, 1));
    assertThat(findings.get(0).message()).isEqualTo(
        "missing required key 'status': add 'status: provisional' for a proposal still under discussion");
    assertThat(findings.get(1).position()).isEqualTo(new SourcePosition(5, 1));
    assertThat(findings.get(1).message())
        .startsWith("unknown key 'stauts' (did you mean 'status'?)")
        .contains("fix the spelling or remove it");
  }

  @Test
  void reportsAStatusOutsideTheSevenStates() {
    List<Finding> findings = tester().check(rule, PATH, with("status: provisional", "status: draft"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(5, 1));
      assertThat(f.message()).isEqualTo(
          "'status' must be one of provisional, implementable, implemented, deferred, rejected,"
              + " withdrawn, replaced, not 'draft'");
    });
  }

  @Test
  void suggestsTheLowerCaseStage() {
    List<Finding> findings = tester().check(rule, PATH, with("stage: alpha", "stage: GA"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(15, 1));
      assertThat(f.message()).contains("'stage' must be one of alpha, beta, ga").contains("did you mean 'ga'?");
    });
  }

  @Test
  void reportsAListWrittenAsOneValue() {
    String markdown = VALID.replace("approvers:\n  - \"@EdDev\"\n", "approvers: \"@EdDev\"\n");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(12, 1));
      assertThat(f.message()).isEqualTo("'approvers' must be a list, not text: put each entry on its own '- ' line");
    });
  }

  @Test
  void leavesViolationsWithADedicatedRuleToThatRule() {
    // owning-sig missing, a TBD reviewer and no alpha release while implementable, a malformed
    // release, a bad handle, a bad date, an unknown replaced VEP: all reported by other rules.
    String markdown =
        VALID.replace("owning-sig: sig-network\n", "")
            .replace("status: provisional", "status: implementable")
            .replace("  - \"@alicefr\"", "  - TBD")
            .replace("  - \"@EdDev\"", "  - EdDev")
            .replace("  alpha: \"v1.9\"", "  beta: 1.10")
            .replace("creation-date: \"2024-05-22\"", "creation-date: 22/05/2024")
            .replace("replaces: \"\"", "replaces: VEP-12");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void leavesAnEmptyReviewerListOfAnImplementableVepToImplementableReadiness() {
    String markdown =
        VALID.replace("status: provisional", "status: implementable")
            .replace("reviewers:\n  - \"@alicefr\"\n", "reviewers:\n# nobody yet\n");

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void doesNotCallATaggedKeyMissing() {
    String markdown = with("title: Network Binding Plugin for vhostuser Interfaces", "title: !!binary aGk=");
    // The parser drops the tagged entry and reports the tag (frontmatter-syntax's finding).
    assertThat(RuleTester.parse(PATH, markdown).problems(ParseProblem.Kind.FRONT_MATTER_TAG)).hasSize(1);

    assertThat(tester().check(rule, PATH, markdown)).isEmpty();
  }

  @Test
  void acceptsValidFrontMatter() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
  }
}
