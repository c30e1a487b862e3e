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

class TargetReleaseRuleTest {

  private static final String LEGACY_PATH = "veps/sig-compute/191-decentralized-migration-proxy/vep.md";
  private final TargetReleaseRule rule = new TargetReleaseRule();

  private static String legacy(String alpha, String beta, String ga) {
    return """
        # VEP #191: Decentralized migration proxy

        ## VEP Status Metadata

        ### Target releases

        - This VEP targets alpha for version: %s
        - This VEP targets beta for version: %s
        - This VEP targets GA for version: %s
        """.formatted(alpha, beta, ga);
  }

  @Test
  void suggestsTheCanonicalFormOfAMalformedRelease() {
    List<Finding> findings = tester().check(rule, LEGACY_PATH, legacy("1.9", "", ""));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(7, 39));
      assertThat(f.message()).isEqualTo("'1.9' is not a release as KubeVirt writes it: write v1.9");
    });
  }

  @Test
  void reportsABetaTargetedBeforeItsAlpha() {
    List<Finding> findings = tester().check(rule, LEGACY_PATH, legacy("v1.10", "v1.9", "TBD"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(8, 38));
      assertThat(f.message()).startsWith("beta targets v1.9, before alpha (v1.10)");
    });
  }

  @Test
  void acceptsCanonicalEmptyAndTbdValuesInTheOlderLayout() {
    assertThat(tester().check(rule, LEGACY_PATH, legacy("v1.9", "", "TBD"))).isEmpty();
    assertThat(tester().check(rule, LEGACY_PATH, legacy("v1.9.0", "v1.9", "N/A"))).isEmpty();
    assertThat(tester().check(rule, LEGACY_PATH, legacy("~v1.9~", "", ""))).isEmpty();
  }

  /** What `explain` calls bad: a release with punctuation or a remark is not a value tools read. */
  @Test
  void reportsAReleaseTbdOrNaWithTrailingPunctuationOrARemark() {
    List<Finding> findings =
        tester()
            .check(
                rule,
                LEGACY_PATH,
                legacy("v1.9.", "v1.11.0 (development during v1.10.0 via fork)", "TBD (next release)"));

    assertThat(findings)
        .extracting(Finding::line, Finding::column, Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                7, 39, "target-release",
                "'v1.9.' is not a release as KubeVirt writes it: write v1.9 (no trailing '.')"),
            org.assertj.core.groups.Tuple.tuple(
                8, 38, "target-release",
                "'v1.11.0 (development during v1.10.0 via fork)' is not just a release, TBD or N/A:"
                    + " write v1.11.0 and move '(development during v1.10.0 via fork)' into the"
                    + " VEP's text (the release team reads the whole value)"),
            org.assertj.core.groups.Tuple.tuple(
                9, 36, "target-release",
                "'TBD (next release)' is not just a release, TBD or N/A: write TBD and move"
                    + " '(next release)' into the VEP's text (the release team reads the whole"
                    + " value)"));
  }

  @Test
  void reportsAnUnquotedFrontMatterReleaseThatYamlReadsAsANumber() {
    List<Finding> findings = tester().check(rule, PATH, with("  alpha: \"v1.9\"", "  alpha: 1.10"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(17, 10));
      assertThat(f.message())
          .isEqualTo("'1.10' is not a release as KubeVirt writes it: write \"v1.10\" (quoted: unquoted, 1.10 is a YAML number)");
    });
  }

  @Test
  void reportsProseTargetsThatDisagreeWithTheFrontMatter() {
    String markdown = VALID + "\n### Target releases\n\n- This VEP targets alpha for version: v1.8\n";

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(30, 39));
      assertThat(f.message())
          .startsWith("Target releases says alpha is v1.8 but the front matter's milestone.alpha is \"v1.9\"")
          .contains("the front matter is the source of truth")
          .contains("'vep-lint migrate --drop-legacy' removes it");
    });
  }

  @Test
  void acceptsValidFrontMatterAndAgreeingProse() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
    assertThat(tester().check(rule, PATH, VALID + "\n- This VEP targets alpha for version: v1.9.0\n")).isEmpty();
  }

  @Test
  void fixesAReleaseWithoutItsVAndAStrayFullStopButNotANote() {
    String prose = """
        # VEP #42: CPU hotplug

        ## VEP Status Metadata

        ### Target releases

        - This VEP targets alpha for version: 1.9
        - This VEP targets beta for version: v1.10.
        - This VEP targets GA for version: v1.11 (after a soak)
        """;
    List<Finding> findings = tester().check(rule, LEGACY_PATH, prose);
    assertThat(findings).extracting(Finding::line, Finding::column, f -> f.fix().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, 39, true),
            org.assertj.core.groups.Tuple.tuple(8, 38, true),
            org.assertj.core.groups.Tuple.tuple(9, 36, false));
    assertThat(tester().fixed(rule, LEGACY_PATH, prose))
        .isEqualTo(prose.replace(": 1.9", ": v1.9").replace("v1.10.", "v1.10"));
  }

  @Test
  void quotesAFrontMatterReleaseItFixesAndFixesTbdSpelling() {
    String front = FrontMatterFixture.VALID.replace("alpha: \"v1.9\"", "alpha: 1.9\n  beta: \"1.10\"\n  ga: tbd");
    assertThat(tester().fixed(rule, PATH, front))
        .isEqualTo(FrontMatterFixture.VALID.replace("alpha: \"v1.9\"", "alpha: \"v1.9\"\n  beta: \"v1.10\"\n  ga: \"TBD\""));
  }
}
