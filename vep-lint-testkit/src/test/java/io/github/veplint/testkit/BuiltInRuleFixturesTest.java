package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Built-in rules tested through the kit, from hand-written fixtures under {@code
 * fixtures/<rule-id>/}: each bad fixture's markers fix every finding's line (and column where it
 * matters), each good fixture has none. They live here, not in vep-lint, because the kit depends
 * on vep-lint. Rules are looked up by id, as a run would, not constructed.
 */
class BuiltInRuleFixturesTest {

  private static final String TODAY = "2026-11-25";

  private static RuleCheck check(String ruleId) {
    Rule rule = VepLinter.builder().build().rule(ruleId)
        .orElseThrow(() -> new AssertionError("no built-in rule " + ruleId));
    return RuleCheck.of(rule).today(TODAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "bad-not-a-vep-title", "bad-section-as-title", "bad-no-heading", "bad-no-number", "bad-no-title", "bad-separator",
      "good", "good-without-hash", "good-template-placeholder"})
  void titleFormat(String fixture) {
    check("title-format").verifyResource("fixtures/title-format/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void emptySection(String fixture) {
    check("empty-section").verifyResource("fixtures/empty-section/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void handleFormat(String fixture) {
    check("handle-format").verifyResource("fixtures/handle-format/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void brokenLink(String fixture) {
    check("broken-link")
        .file("veps/sig-compute/1-example/images/flow.png", "not really a PNG")
        .file("veps/sig-compute/1-example/images/flow chart.png", "not really a PNG")
        .file("veps/sig-compute/2-other/vep.md", "# VEP #2: Other\n\n## Design\n")
        .verifyResource("fixtures/broken-link/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good", "bad-order", "bad-prose", "good-prose"})
  void targetRelease(String fixture) {
    check("target-release").verifyResource("fixtures/target-release/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good", "good-justified", "good-no-kubevirt-code"})
  void featureGate(String fixture) {
    check("feature-gate").verifyResource("fixtures/feature-gate/" + fixture + ".md");
  }

  @Test
  void featureGateExemptsProcessVeps() {
    // The bad fixture's text, as a process VEP: its one marker goes unmet, and nothing is reported.
    RuleCheckResult result = check("feature-gate").at("veps/meta-VEPs/1-example/vep.md")
        .run(resource("fixtures/feature-gate/bad.md"));

    assertThat(result.findings()).isEmpty();
    assertThat(result.missing()).extracting(Expectation::describe)
        .containsExactly("3:1 feature-gate severity=error \"no feature-gate: add 'feature-gate: <GateName>'\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void missingSection(String fixture) {
    check("missing-section")
        .file("veps/NNNN-vep-template/vep.md", resource("fixtures/missing-section/template.md"))
        .verifyResource("fixtures/missing-section/" + fixture + ".md");
  }

  @Test
  void noticesAreNeitherExpectedNorUnexpected() {
    // Undatable sections are warnings plus one notice about the run; the fixture expects only the
    // warnings, and passes.
    RuleCheckResult result = check("missing-section")
        .file("veps/NNNN-vep-template/vep.md", resource("fixtures/missing-section/template.md"))
        .run(resource("fixtures/missing-section/bad.md"));

    assertThat(result.passed()).as(result.failureMessage()).isTrue();
    assertThat(result.findings()).extracting(f -> f.line() + ":" + f.column()).containsExactly("9:1", "14:1");
    assertThat(result.notices()).singleElement()
        .satisfies(n -> assertThat(n.ruleId()).isEqualTo("missing-section"))
        .satisfies(n -> assertThat(n.message()).startsWith("missing sections vep-lint cannot date are warnings"));
  }

  @Test
  void duplicateNumberReportsInEveryFileSharingTheNumber() {
    // A repository rule: the other VEP is an extra file, with its own marker. Its number comes
    // from its directory name, so the finding is at its start.
    check("duplicate-number")
        .file("veps/sig-network/1-other/vep.md", """
            <!-- expect: duplicate-number @:1 "'veps/sig-compute/1-example/vep.md'" -->
            # VEP #1: Other
            """)
        .verifyResource("fixtures/duplicate-number/bad.md");
    check("duplicate-number")
        .file("veps/sig-network/2-other/vep.md", "# VEP #2: Other\n")
        .verifyResource("fixtures/duplicate-number/good.md");
  }

  private static String resource(String name) {
    try (var in = BuiltInRuleFixturesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
