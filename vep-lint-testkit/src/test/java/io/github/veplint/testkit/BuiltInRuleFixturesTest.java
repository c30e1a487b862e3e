package io.github.veplint.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.VepLinter;
import io.github.veplint.lint.spi.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Built-in rules tested through the kit, from hand-written fixtures under {@code
 * fixtures/<rule-id>/}: each bad fixture's markers fix every finding's line (and column where it
 * matters), each good fixture has none. They live here, not in vep-lint, because the kit depends
 * on vep-lint. Rules are looked up by id, as a run would, not constructed. Every built-in rule
 * has both kinds ({@link #everyBuiltInRuleHasABadAndAGoodFixture}); what a rule needs besides the
 * document is given the way a repository gives it: its path ({@code at}), other VEPs and the
 * template ({@code file}), {@code .vep-lint.yaml} ({@code config}: SIGs, template generations,
 * the schedule source), release schedules as files, and a git base ({@code baseFile}).
 */
class BuiltInRuleFixturesTest {

  private static final String TODAY = "2026-11-25";

  private static RuleCheck check(String ruleId) {
    return RuleCheck.of(rule(ruleId)).today(TODAY);
  }

  private static Rule rule(String ruleId) {
    return VepLinter.builder().build().rule(ruleId)
        .orElseThrow(() -> new AssertionError("no built-in rule " + ruleId));
  }

  /** Rules that need nothing but the document: a bad and a good fixture each. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "empty-section, bad", "empty-section, good",
      "handle-format, bad", "handle-format, good",
      "frontmatter-missing, bad", "frontmatter-missing, good",
      "frontmatter-schema, bad", "frontmatter-schema, good",
      "implementable-readiness, bad", "implementable-readiness, good",
      "stage-consistency, bad", "stage-consistency, good",
      "signoff-checklist, bad", "signoff-checklist, good",
      "template-placeholder, bad", "template-placeholder, good"})
  void documentOnlyRule(String ruleId, String fixture) {
    check(ruleId).verifyResource("fixtures/" + ruleId + "/" + fixture + ".md");
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

  @ParameterizedTest
  @ValueSource(strings = {"bad", "bad-not-a-day", "bad-future", "bad-slashes", "good", "good-unquoted"})
  void creationDate(String fixture) {
    check("creation-date").verifyResource("fixtures/creation-date/" + fixture + ".md");
  }

  @Test
  void frontMatterMissingLeavesAttachmentsAlone() {
    check("frontmatter-missing").at("veps/sig-compute/1-example/benchmark.md")
        .file("veps/sig-compute/1-example/vep.md", resource("fixtures/frontmatter-missing/good.md"))
        .verifyResource("fixtures/frontmatter-missing/good-attachment.md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "bad-unclosed", "bad-tag", "good"})
  void frontMatterSyntax(String fixture) {
    check("frontmatter-syntax").verifyResource("fixtures/frontmatter-syntax/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void numberMismatch(String fixture) {
    // The directory says 171: the bad fixture's title and vep-number each disagree with it.
    check("number-mismatch").at("veps/sig-compute/171-memory-hotplug/vep.md")
        .verifyResource("fixtures/number-mismatch/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "bad-unknown", "good"})
  void owningSig(String fixture) {
    // Filed under sig-network, with the SIGs of the repository configured.
    check("owning-sig").at("veps/sig-network/1-example/vep.md")
        .config("sigs: [sig-compute, sig-network, sig-storage]\n")
        .verifyResource("fixtures/owning-sig/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void participatingSigs(String fixture) {
    check("participating-sigs").at("veps/sig-network/1-example/vep.md")
        .config("sigs: [sig-compute, sig-network, sig-storage]\n")
        .verifyResource("fixtures/participating-sigs/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void replacementLink(String fixture) {
    replacementRepository("replacement-link").verifyResource("fixtures/replacement-link/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void replacementTarget(String fixture) {
    replacementRepository("replacement-target").verifyResource("fixtures/replacement-target/" + fixture + ".md");
  }

  /** VEP 106 between the VEP it replaces (12) and the one that replaced it (183). */
  private static RuleCheck replacementRepository(String ruleId) {
    return check(ruleId).at("veps/sig-compute/106-memory-hotplug/vep.md")
        .file("veps/sig-compute/12-memory-balloon/vep.md", "# VEP #12: Memory balloon\n")
        .file("veps/sig-compute/183-memory-hotplug-v2/vep.md", "# VEP #183: Memory hotplug v2\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void sectionLevel(String fixture) {
    check("section-level")
        .file("veps/NNNN-vep-template/vep.md", resource("fixtures/missing-section/template.md"))
        .verifyResource("fixtures/section-level/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void sectionOrder(String fixture) {
    check("section-order")
        .file("veps/NNNN-vep-template/vep.md", resource("fixtures/missing-section/template.md"))
        .verifyResource("fixtures/section-order/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void templateOutdated(String fixture) {
    // No git history: the generations come from template.generations, oldest first.
    check("template-outdated")
        .file("veps/NNNN-vep-template/vep.md", resource("fixtures/template-outdated/template.md"))
        .file("templates/2025-01.md", resource("fixtures/template-outdated/old-template.md"))
        .config("""
            template:
              file: veps/NNNN-vep-template/vep.md
              generations:
                - file: templates/2025-01.md
                  date: 2025-01-09
                - file: veps/NNNN-vep-template/vep.md
                  date: 2025-09-25
            """)
        .verifyResource("fixtures/template-outdated/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void unusedSuppression(String fixture) {
    // empty-section runs too, so that the good fixture's suppression has something to suppress.
    RuleCheck.of(rule("unused-suppression"), rule("empty-section")).today(TODAY)
        .verifyResource("fixtures/unused-suppression/" + fixture + ".md");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void statusTransition(String fixture) {
    // At the base the VEP is provisional: implemented skips implementable, implementable does not.
    check("status-transition")
        .baseFile(RuleCheck.DEFAULT_PATH, resource("fixtures/status-transition/base.md"))
        .verifyResource("fixtures/status-transition/" + fixture + ".md");
  }

  @Test
  void statusTransitionForbidsRevivingAClosedVep() {
    check("status-transition").at("veps/sig-compute/2-memory-hotplug/vep.md")
        .baseFile("veps/sig-compute/2-memory-hotplug/vep.md", resource("fixtures/status-transition/base-withdrawn.md"))
        .verifyResource("fixtures/status-transition/bad-revived.md");
  }

  @Test
  void statusTransitionDoesNothingWithoutABase() {
    // The bad fixture without a base revision: its marker goes unmet, nothing is reported.
    RuleCheckResult result = check("status-transition").run(resource("fixtures/status-transition/bad.md"));

    assertThat(result.findings()).isEmpty();
    assertThat(result.missing()).hasSize(1);
  }

  @Test
  void frontMatterMissingIsAnErrorForAVepNewSinceTheBase() {
    // The base holds another VEP only: this one is new, so it must start with front matter.
    check("frontmatter-missing")
        .baseFile("veps/sig-compute/2-other/vep.md", resource("fixtures/frontmatter-missing/good.md"))
        .file("veps/sig-compute/2-other/vep.md", resource("fixtures/frontmatter-missing/good.md"))
        .verifyResource("fixtures/frontmatter-missing/bad-new.md");
  }

  /** v1.9's VEP Freeze was 2026-04-30 and it ships 2026-07-22; v1.10 freezes 2026-08-27. */
  private static RuleCheck withSchedules(String ruleId) {
    return RuleCheck.of(rule(ruleId)).today("2026-05-04")
        .config("schedule: sig-release\n")
        .file("sig-release/releases/v1.9/schedule.yaml", """
            - when: 2026/04/30
              who: KubeVirt
              what: Virtualization Enhancement Proposal (VEP) Freeze
            - when: 2026/07/22
              who: KubeVirt
              what: Tag v1.9.0 on release-1.9
            """)
        .file("sig-release/releases/v1.10/schedule.yaml", """
            - when: 2026/08/27
              who: KubeVirt
              what: Virtualization Enhancement Proposal (VEP) Freeze
            - when: 2026/11/18
              who: KubeVirt
              what: Tag v1.10.0 on release-1.10
            """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void vepFreeze(String fixture) {
    withSchedules("vep-freeze").verifyResource("fixtures/vep-freeze/" + fixture + ".md");
  }

  @Test
  void vepFreezeIsLiftedByTheExceptionLabel() {
    RuleCheckResult result = withSchedules("vep-freeze").linter(b -> b.labels(List.of("freeze-exception")))
        .run(resource("fixtures/vep-freeze/bad.md"));

    assertThat(result.findings()).isEmpty();
    assertThat(result.missing()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad", "good"})
  void futureTarget(String fixture) {
    withSchedules("future-target").verifyResource("fixtures/future-target/" + fixture + ".md");
  }

  @Test
  void dirName() {
    // The rule is about paths: the same document is bad or good by where it lies.
    check("dir-name").at("veps/sig-compute/42_CPU-Hotplug/vep.md").verifyResource("fixtures/dir-name/bad.md");
    check("dir-name").at("veps/sig-network/decouple-nad.md").verifyResource("fixtures/dir-name/bad-in-sig-directory.md");
    check("dir-name").at("veps/sig-compute/42-cpu-hotplug/vep.md").verifyResource("fixtures/dir-name/good.md");
  }

  @Test
  void mainFileName() {
    check("main-file-name").at("veps/sig-compute/42-cpu-hotplug/proposal.md")
        .verifyResource("fixtures/main-file-name/bad.md");
    check("main-file-name").at("veps/sig-compute/42-cpu-hotplug/vep.md")
        .verifyResource("fixtures/main-file-name/good.md");
    check("main-file-name").at("veps/sig-compute/42-cpu-hotplug/beta-plan.md")
        .file("veps/sig-compute/42-cpu-hotplug/vep.md", resource("fixtures/main-file-name/good.md"))
        .verifyResource("fixtures/main-file-name/good-attachment.md");
  }

  @Test
  void unreadableFile() {
    // A NUL byte makes a file binary. The fixture is inline: a NUL in a resource is invisible in
    // an editor. Bytes that are not UTF-8 cannot be written through the kit, which writes text.
    check("unreadable-file").verify("# VEP #1: Example\n"
        + "\n"
        + "<!-- expect: unreadable-file @:8 severity=error \"file contains NUL bytes and looks binary\" -->\n"
        + "Binary \0 content.\n");
    check("unreadable-file").verifyResource("fixtures/unreadable-file/good.md");
  }

  /**
   * Every built-in rule has a bad and a good fixture under {@code fixtures/<rule-id>/}, except
   * where {@link #INLINE_BAD} says why its bad fixture is inline in this class.
   */
  @Test
  void everyBuiltInRuleHasABadAndAGoodFixture() throws Exception {
    Path fixtures = Path.of(BuiltInRuleFixturesTest.class.getClassLoader().getResource("fixtures").toURI());
    List<String> incomplete = new ArrayList<>();
    // Built-in only: this module's tests also register a plug-in rule (org.example.sigrules).
    List<Rule> builtIn = VepLinter.builder().build().rules().stream()
        .filter(r -> r.getClass().getPackageName().startsWith("io.github.veplint.lint")).toList();
    for (Rule rule : builtIn) {
      Path dir = fixtures.resolve(rule.id());
      List<String> names;
      try (Stream<Path> list = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
        names = list.map(p -> p.getFileName().toString()).toList();
      }
      boolean bad = INLINE_BAD.containsKey(rule.id()) || names.stream().anyMatch(n -> n.startsWith("bad"));
      boolean good = names.stream().anyMatch(n -> n.startsWith("good"));
      if (!bad || !good) {
        incomplete.add(rule.id() + (bad ? "" : " (no bad fixture)") + (good ? "" : " (no good fixture)"));
      }
    }
    assertThat(incomplete).isEmpty();
    assertThat(builtIn).hasSizeGreaterThanOrEqualTo(31);
  }

  /** Rules whose bad fixture is written inline, with the reason. */
  private static final Map<String, String> INLINE_BAD = Map.of(
      "unreadable-file", "a NUL byte, invisible in a resource file opened in an editor");

  private static String resource(String name) {
    try (var in = BuiltInRuleFixturesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
