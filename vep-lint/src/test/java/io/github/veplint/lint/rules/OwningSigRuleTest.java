package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.FrontMatterFixture.with;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwningSigRuleTest {

  private final OwningSigRule rule = new OwningSigRule();

  @Test
  void reportsAMissingOwningSigAndNamesTheDirectorySig() {
    List<Finding> findings = tester().check(rule, PATH, VALID.replace("owning-sig: sig-network\n", ""));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.message()).isEqualTo(
          "missing 'owning-sig': add 'owning-sig: sig-network' (the SIG directory this VEP lives in)");
    });
  }

  @Test
  void reportsAnUnknownSigAtTheValueWithASuggestion() {
    List<Finding> findings = tester().check(rule, PATH, with("owning-sig: sig-network", "owning-sig: network"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(8, 13));
      assertThat(f.message())
          .startsWith("unknown SIG 'network' (did you mean 'sig-network'?)")
          .contains("sig-compute, sig-network, sig-storage");
    });
  }

  @Test
  void reportsAnOwningSigOtherThanTheDirectory() {
    List<Finding> findings = tester().check(rule, PATH, with("owning-sig: sig-network", "owning-sig: sig-compute"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(8, 13));
      assertThat(f.message())
          .contains("owning-sig is 'sig-compute' but the VEP lives in veps/sig-network/")
          .contains("set 'owning-sig: sig-network'")
          .contains("move the VEP directory to veps/sig-compute/");
    });
  }

  @Test
  void acceptsAMatchingSigAProcessVepAndAnOlderLayoutVepInAKnownSig() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
    assertThat(tester().sigs("sig-network", "sig-release")
        .check(rule, "veps/meta-VEPs/282-vep-proposal-governance/vep.md",
            with("owning-sig: sig-network", "owning-sig: sig-release"))).isEmpty();
    assertThat(tester().check(rule, "veps/sig-storage/41-vm-object-graph/vep.md", "# VEP #41: VM object graph\n"))
        .isEmpty();
  }

  @Test
  void reportsAnOlderLayoutVepOutsideTheConfiguredSigs() {
    List<Finding> findings = tester().sigs("sig-compute", "sig-network")
        .check(rule, "veps/sig-netwrok/41-vm-object-graph/vep.md", "# VEP #41: VM object graph\n");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
      assertThat(f.message())
          .contains("veps/sig-netwrok/, which is not a known SIG")
          .contains("did you mean 'sig-network'?");
    });
  }
}
