package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipatingSigsRuleTest {

  private final ParticipatingSigsRule rule = new ParticipatingSigsRule();

  @Test
  void reportsTheOwningSigAnUnknownSigAndARepeatEachAtItsEntry() {
    String markdown = with("participating-sigs: []", """
        participating-sigs:
          - sig-network
          - sig-storge
          - sig-compute
          - sig-compute""");

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).extracting(Finding::position).containsExactly(
        new SourcePosition(10, 5), new SourcePosition(11, 5), new SourcePosition(13, 5));
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings.get(0).message()).contains("'sig-network' is the owning SIG: remove it");
    assertThat(findings.get(1).message()).contains("unknown SIG 'sig-storge' (did you mean 'sig-storage'?)");
    assertThat(findings.get(2).message()).isEqualTo("'sig-compute' is listed twice (first on line 12): remove the repeat");
  }

  @Test
  void acceptsOtherKnownSigsAndAnEmptyList() {
    assertThat(tester().check(rule, PATH, FrontMatterFixture.VALID)).isEmpty();
    assertThat(tester().check(rule, PATH, with("participating-sigs: []", "participating-sigs: [sig-compute, sig-storage]")))
        .isEmpty();
  }

  @Test
  void removesTheOwningSigFromABlockOrAFlowList() {
    String block = FrontMatterFixture.VALID.replace("participating-sigs: []",
        "participating-sigs:\n  - sig-compute\n  - sig-network");
    assertThat(tester().fixed(rule, PATH, block))
        .isEqualTo(FrontMatterFixture.VALID.replace("participating-sigs: []", "participating-sigs:\n  - sig-compute"));
    String only = FrontMatterFixture.VALID.replace("participating-sigs: []", "participating-sigs:\n  - sig-network");
    assertThat(tester().fixed(rule, PATH, only)).isEqualTo(FrontMatterFixture.VALID);
    for (String flow : new String[] {"[sig-network, sig-compute]", "[sig-compute, \"sig-network\"]", "[sig-network]"}) {
      String written = FrontMatterFixture.VALID.replace("participating-sigs: []", "participating-sigs: " + flow);
      assertThat(tester().fixed(rule, PATH, written)).as(flow).isEqualTo(FrontMatterFixture.VALID.replace(
          "participating-sigs: []", "participating-sigs: " + (flow.contains("sig-compute") ? "[sig-compute]" : "[]")));
    }
  }

  @Test
  void keepsAnEntryWithACommentForTheAuthor() {
    String commented = FrontMatterFixture.VALID.replace("participating-sigs: []",
        "participating-sigs:\n  - sig-compute\n  - sig-network # co-owner?");
    assertThat(tester().check(rule, PATH, commented)).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }
}
