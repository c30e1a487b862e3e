package io.github.veplint.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.GitFixture;
import io.github.veplint.lint.TestRepository;
import io.github.veplint.model.SourcePosition;
import io.github.veplint.model.VepStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of kubevirt/enhancements' own VEP 282 checks ({@code .github/scripts/}:
 * {@code test_validate_vep.py}, {@code test_front_matter.py}, {@code test_enforce_vep_freeze.py}),
 * re-expressed as a small repository per case and replayed through {@code check}: one VEP with the
 * full template body, so only the front matter differs, a git base where the case has one, and
 * {@code --today}, {@code --schedule} and {@code --label} as the case needs.
 *
 * <p>Nested classes and test names follow the upstream test classes and cases. Upstream's "error"
 * is an error finding of the named rule at the asserted position (exit status 1); its "ok" is no
 * error (exit status 0); its "warn" is no error and a warning. Where vep-lint deliberately differs,
 * the test asserts vep-lint's verdict and then the switch that yields upstream's (README: "vep-lint
 * and the kubevirt/enhancements validator").
 */
class CommunityValidatorCasesTest {

  static final String PATH = "veps/sig-compute/123-foo/vep.md";
  static final String META_PATH = "veps/meta-VEPs/123-foo/vep.md";
  static final String TODAY = "2026-11-25";

  /** Upstream's VALID_FRONT_MATTER, as YAML values in its key order. */
  static Map<String, String> valid() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Foo");
    fields.put("vep-number", "123");
    fields.put("creation-date", "\"2026-01-01\"");
    fields.put("status", "provisional");
    fields.put("authors", "[\"@a\"]");
    fields.put("owning-sig", "sig-compute");
    fields.put("reviewers", "[TBD]");
    fields.put("approvers", "[TBD]");
    fields.put("feature-gate", "Foo");
    fields.put("stage", "alpha");
    fields.put("milestone", "{alpha: v1.10}");
    return fields;
  }

  static Map<String, String> with(Map<String, String> fields, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(key, value);
    return copy;
  }

  static Map<String, String> without(Map<String, String> fields, String... keys) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    for (String key : keys) {
      copy.remove(key);
    }
    return copy;
  }

  /** The template's sections, each with content, as in a VEP that passes every body rule. */
  static final String BODY = TestRepository.CLEAN_VEP.substring(TestRepository.CLEAN_VEP.indexOf("\n## Overview"));

  static String vep(Map<String, String> fields) {
    StringBuilder text = new StringBuilder("---\n");
    fields.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
    return text.append("---\n\n").append(title(fields)).append('\n').append(BODY).toString();
  }

  private static String title(Map<String, String> fields) {
    return "# VEP #" + fields.getOrDefault("vep-number", "123") + ": Foo\n";
  }

  /**
   * The same VEP in the older layout: no front matter, the same title and body, and the signoff
   * checklist the template of that layout asks for.
   */
  static final String LEGACY = "# VEP #123: Foo\n" + BODY + """

      ## Release Signoff Checklist

      - [ ] (R) Enhancement issue created, which links to VEP dir in [kubevirt/enhancements]
      """;

  /** Where {@code key: } ends on its line of {@code text}: the value's first character. */
  static SourcePosition valueOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ": ")) {
        return new SourcePosition(i + 1, key.length() + 3);
      }
    }
    throw new AssertionError("no '" + key + ":' line");
  }

  /** Where {@code needle} starts in {@code text}. */
  static SourcePosition find(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    return new SourcePosition(line, at - text.lastIndexOf('\n', at - 1));
  }

  /** One finding as the text report prints it. */
  record Reported(String file, SourcePosition position, String severity, String rule, String message) {}

  /** A check run: exit status and findings. */
  record Verdict(int status, List<Reported> findings, String out, String err) {

    List<Reported> errors() {
      return findings.stream().filter(f -> f.severity().equals("error")).toList();
    }

    List<Reported> of(String rule) {
      return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Upstream's "ok": nothing blocks the pull request. */
    void isOk() {
      assertThat(errors()).as(out).isEmpty();
      assertThat(status).as(out + err).isZero();
    }

    /** Upstream's "error", as exactly this rule's error at this position (and maybe others). */
    Reported hasError(String rule, SourcePosition position) {
      assertThat(status).as(out + err).isEqualTo(1);
      List<Reported> matching =
          errors().stream().filter(f -> f.rule().equals(rule) && f.position().equals(position)).toList();
      assertThat(matching).as(out).hasSize(1);
      return matching.get(0);
    }
  }

  private static final Pattern LINE =
      Pattern.compile("^(\\S+):(\\d+):(\\d+)\\s+(error|warning|info)\\s+(\\S+)\\s+(.*)$", Pattern.MULTILINE);

  static Verdict check(Path root, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "--no-color"));
    args.addAll(List.of(options));
    if (!args.contains("--today")) {
      args.addAll(List.of("--today", TODAY));
    }
    args.add(root.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VepLintCommand.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    List<Reported> findings = new ArrayList<>();
    Matcher m = LINE.matcher(out.toString());
    while (m.find()) {
      findings.add(new Reported(m.group(1),
          new SourcePosition(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), m.group(4), m.group(5),
          m.group(6)));
    }
    return new Verdict(status, findings, out.toString(), err.toString());
  }

  /** A repository with the three SIG directories upstream knows, and the VEP. */
  static TestRepository repository(Path dir, String path, String text) {
    return sigs(TestRepository.at(dir)).file(path, text);
  }

  static TestRepository sigs(TestRepository repository) {
    return repository.file("veps/sig-compute/OWNERS", "approvers: []\n")
        .file("veps/sig-network/OWNERS", "approvers: []\n")
        .file("veps/sig-storage/OWNERS", "approvers: []\n");
  }

  static Verdict checkVep(Path dir, String path, String text, String... options) {
    return check(repository(dir, path, text).root(), options);
  }

  @TempDir Path dir;

  /** test_validate_vep.py: RequiredFieldsTest. */
  @Nested
  class RequiredFields {

    @Test
    void invalidYamlShortCircuitsWithASingleError() {
      String text = vep(with(valid(), "title", "[unclosed"));

      Verdict verdict = checkVep(dir, PATH, text);

      SourcePosition nextKey = find(text, "vep-number");
      verdict.hasError("frontmatter-syntax", new SourcePosition(nextKey.line(), nextKey.column() + "vep-number".length()));
      assertThat(verdict.errors()).as("one error: nothing else is read from a broken block").hasSize(1);
    }

    @Test
    void everyRequiredFieldMissingIsIndividuallyReported() {
      String text = vep(Map.of("title", "Foo"));

      Verdict verdict = checkVep(dir, PATH, text);

      assertThat(verdict.status()).isEqualTo(1);
      for (String field : List.of("vep-number", "creation-date", "status", "authors", "owning-sig", "reviewers",
          "approvers")) {
        assertThat(verdict.errors()).as(field)
            .anySatisfy(f -> {
              assertThat(f.message()).contains("'" + field + "'");
              assertThat(f.position()).as("the missing key is reported where the block ends")
                  .isEqualTo(new SourcePosition(2, 1));
            });
      }
    }

    @Test
    void fullyPopulatedProvisionalFrontMatterIsValid() {
      Verdict verdict = checkVep(dir, PATH, vep(valid()));

      verdict.isOk();
      assertThat(verdict.findings()).isEmpty();
    }
  }

  /** test_validate_vep.py: StageMilestoneTest. */
  @Nested
  class StageMilestone {

    @Test
    void missingFeatureGateForARegularVepIsRejected() {
      String text = vep(without(valid(), "feature-gate"));

      Reported error = checkVep(dir, PATH, text).hasError("feature-gate", new SourcePosition(2, 1));

      assertThat(error.message()).startsWith("no feature-gate: add 'feature-gate: <GateName>'");
    }

    @Test
    void metaVepIsExemptFromFeatureGateAndStage() {
      checkVep(dir, META_PATH, vep(without(valid(), "feature-gate", "stage"))).isOk();
    }

    @Test
    void metaVepWithAnInformationalStageIsNotRequiredToHaveAMilestone() {
      checkVep(dir, META_PATH, vep(without(with(valid(), "stage", "ga"), "milestone"))).isOk();
    }

    @Test
    void missingStageIsOnlyRequiredOnceStatusIsImplementable() {
      Map<String, String> implementable = named(with(valid(), "status", "implementable"));
      String text = vep(without(implementable, "stage"));

      Reported error = checkVep(dir, PATH, text).hasError("implementable-readiness", valueOf(text, "status"));

      assertThat(error.message()).startsWith("status 'implementable' needs 'stage'");
      checkVep(dir, PATH, vep(without(valid(), "stage"))).isOk();
    }

    @Test
    void stageWithoutItsMatchingMilestoneEntryIsRejected() {
      String text = vep(with(valid(), "milestone", "{beta: v1.11}"));

      Reported error = checkVep(dir, PATH, text).hasError("stage-consistency", valueOf(text, "stage"));

      assertThat(error.message()).startsWith("stage is 'alpha' but milestone.alpha is not set");
    }

    @Test
    void aVepMayStartDirectlyAtBetaSkippingAlpha() {
      checkVep(dir, PATH, vep(with(with(valid(), "stage", "beta"), "milestone", "{beta: v1.11}"))).isOk();
    }

    @Test
    void implementableWithNoMilestoneAtAllIsRejected() {
      String text = vep(with(named(with(valid(), "status", "implementable")), "milestone", "{}"));

      Reported error = checkVep(dir, PATH, text).hasError("stage-consistency", valueOf(text, "stage"));

      assertThat(error.message()).startsWith("stage is 'alpha' but there is no milestone")
          .contains("add 'milestone:'");
    }
  }

  /** test_validate_vep.py: StatusAndSigValidityTest. */
  @Nested
  class StatusAndSigValidity {

    @Test
    void statusOutsideTheSevenValidStatesIsRejected() {
      String text = vep(with(valid(), "status", "in-review"));

      Reported error = checkVep(dir, PATH, text).hasError("frontmatter-schema", find(text, "status:"));

      assertThat(error.message()).contains("status").contains("provisional");
    }

    @Test
    void owningSigOutsideComputeNetworkStorageIsRejected() {
      String text = vep(with(valid(), "owning-sig", "sig-scale"));

      Reported error = checkVep(dir, PATH, text).hasError("owning-sig", valueOf(text, "owning-sig"));

      assertThat(error.message()).startsWith("unknown SIG 'sig-scale'")
          .endsWith("owning-sig must be one of sig-compute, sig-network, sig-storage");
    }

    @Test
    void aSigDirectoryAPullRequestCreatesIsNotASig() {
      try (GitFixture git = GitFixture.init(dir)) {
        sigs(TestRepository.at(dir));
        git.file(PATH, vep(valid()));
        String base = git.commit("three SIGs");
        String text = vep(with(valid(), "owning-sig", "sig-scale"));
        git.file("veps/sig-scale/123-foo/vep.md", text).delete(PATH);

        Verdict verdict = check(git.root(), "--base", base);

        Reported error = verdict.hasError("owning-sig", valueOf(text, "owning-sig"));
        assertThat(error.file()).isEqualTo("veps/sig-scale/123-foo/vep.md");
        assertThat(error.message()).startsWith("unknown SIG 'sig-scale'; its directory exists, but the valid SIGs"
            + " are the SIG directories at " + base.substring(0, 7))
            .contains("new SIGs are chartered by the KubeVirt community");
        assertThat(check(git.root()).errors()).as("without a base the directory makes the SIG").isEmpty();
      }
    }

    @Test
    void theSigListOfTheConfigurationIsUpstreamsWhenGiven() {
      TestRepository repository = repository(dir, PATH, vep(valid()));
      String text = vep(with(valid(), "owning-sig", "sig-observability"));
      repository.file("veps/sig-observability/124-bar/vep.md", text.replace("vep-number: 123", "vep-number: 124")
          .replace("# VEP #123", "# VEP #124"));

      assertThat(check(dir).errors()).isEmpty();
      repository.file(".vep-lint.yaml", "sigs: [sig-compute, sig-network, sig-storage]\n");
      Verdict verdict = check(dir);
      Reported error = verdict.hasError("owning-sig", valueOf(text, "owning-sig"));
      assertThat(error.file()).isEqualTo("veps/sig-observability/124-bar/vep.md");
    }
  }

  /** test_validate_vep.py: VepNumberTest; the GitHub API check is the Action's (check-issue). */
  @Nested
  class VepNumber {

    @Test
    void vepNumberWithNoMatchingIssueOrPrIsRejected() {
      // Offline, check cannot ask GitHub: the Action's 'check-issue: true' gives upstream's verdict
      // (GithubActionApiIT). What check can tell offline: the number agrees with the directory.
      String text = vep(with(valid(), "vep-number", "124"));

      Reported error = checkVep(dir, PATH, text).hasError("number-mismatch", find(text, "# VEP #124"));

      assertThat(error.message()).contains("124").contains("123");
    }

    @Test
    void vepNumberMatchingAPrInsteadOfAnIssueIsRejected() {
      // Only the GitHub API tells an issue from a pull request: the Action's 'check-issue: true'.
      checkVep(dir, PATH, vep(valid())).isOk();
    }

    @Test
    void aVepNumberThatIsNotAPositiveIntegerIsRejected() {
      String text = vep(with(valid(), "vep-number", "abc"));

      checkVep(dir, PATH, text).hasError("frontmatter-schema", find(text, "vep-number:"));
    }
  }

  static Map<String, String> named(Map<String, String> fields) {
    return with(with(fields, "reviewers", "[\"@bob\"]"), "approvers", "[\"@alice\"]");
  }

  /** test_validate_vep.py: ImplementableGateTest. */
  @Nested
  class ImplementableGate {

    @Test
    void tbdReviewersAndApproversAreRejectedOnceImplementable() {
      String text = vep(with(with(valid(), "status", "implementable"), "approvers", "[tbd]"));

      Verdict verdict = checkVep(dir, PATH, text);

      verdict.hasError("implementable-readiness", new SourcePosition(valueOf(text, "reviewers").line(), 13));
      verdict.hasError("implementable-readiness", new SourcePosition(valueOf(text, "approvers").line(), 13));
      assertThat(verdict.errors()).hasSize(2);
    }

    @Test
    void namedReviewersAndApproversWithAMilestoneIsValid() {
      checkVep(dir, PATH, vep(named(with(valid(), "status", "implementable")))).isOk();
    }

    @Test
    void handlesWithoutTheAtSignAreAWarningNotABlock() {
      // Upstream's fixture names 'bob' and 'alice'; handle-format asks for '@bob' (a warning).
      String text = vep(with(with(with(valid(), "status", "implementable"), "reviewers", "[bob]"), "approvers",
          "[alice]"));

      Verdict verdict = checkVep(dir, PATH, text);

      verdict.isOk();
      assertThat(verdict.of("handle-format")).extracting(Reported::severity).containsOnly("warning");
    }
  }

  /** test_validate_vep.py: ReplacedTest. */
  @Nested
  class Replaced {

    @Test
    void replacedWithoutSupersededByIsRejected() {
      String text = vep(with(valid(), "status", "replaced"));

      Reported error = checkVep(dir, PATH, text).hasError("replacement-link", valueOf(text, "status"));

      assertThat(error.message()).startsWith("status 'replaced' needs superseded-by");
    }

    @Test
    void replacedWithSupersededByIsValid() {
      String text = vep(with(with(valid(), "status", "replaced"), "superseded-by", "\"999\""));

      // Deliberately stricter: VEP 999 must exist. Upstream's verdict: replacement-target off.
      checkVep(dir, PATH, text).hasError("replacement-target", valueOf(text, "superseded-by"));
      checkVep(dir, PATH, text, "--rule", "replacement-target=off").isOk();
      TestRepository.at(dir).file("veps/sig-compute/999-bar/vep.md", vep(with(with(valid(), "vep-number", "999"),
          "replaces", "123")));
      assertThat(check(dir).of("replacement-target")).as("with VEP 999 in the repository").isEmpty();
    }
  }

  /** test_validate_vep.py: TransitionTest. */
  @Nested
  class Transition {

    /** Front matter that passes every other rule at {@code status}, as upstream's helper. */
    static Map<String, String> frontMatterFor(String status) {
      Map<String, String> fields = with(valid(), "status", status);
      if (status.equals("implementable") || status.equals("implemented")) {
        fields = named(fields);
      }
      if (status.equals("implemented")) {
        fields = with(with(fields, "stage", "ga"), "milestone", "{alpha: v1.8, beta: v1.9, ga: v1.10}");
      }
      if (status.equals("replaced")) {
        fields = with(fields, "superseded-by", "\"999\"");
      }
      return fields;
    }

    private List<Reported> transitionErrors(String from, String to) {
      try (GitFixture git = GitFixture.init(dir)) {
        sigs(TestRepository.at(dir));
        git.file(PATH, vep(frontMatterFor(from)));
        String base = git.commit("VEP 123 " + from);
        git.file(PATH, vep(frontMatterFor(to)));
        return check(git.root(), "--base", base).of("status-transition");
      }
    }

    @Test
    void provisionalToImplementableIsTheNormalProgression() {
      assertThat(transitionErrors("provisional", "implementable")).isEmpty();
    }

    @Test
    void implementableToImplementedIsTheNormalProgression() {
      assertThat(transitionErrors("implementable", "implemented")).isEmpty();
    }

    @Test
    void implementedBackToImplementableIsExplicitlyForbidden() {
      assertThat(transitionErrors("implemented", "implementable")).singleElement().satisfies(f -> {
        assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
        assertThat(f.severity()).isEqualTo("error");
      });
    }

    @Test
    void provisionalDirectlyToImplementedSkipsAStateAndIsRejected() {
      assertThat(transitionErrors("provisional", "implemented")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("go through 'implementable' first"));
    }

    @Test
    void aTerminalStatusLikeRejectedCannotTransitionAnywhere() {
      assertThat(transitionErrors("rejected", "provisional")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("'rejected' is final"));
    }

    /** Upstream's ALLOWED_TRANSITIONS, written out by hand. */
    static final Set<String> ALLOWED = Set.of(
        "provisional>implementable", "provisional>deferred", "provisional>rejected", "provisional>withdrawn",
        "provisional>replaced", "implementable>implemented", "implementable>deferred", "implementable>rejected",
        "implementable>withdrawn", "implementable>replaced", "implemented>replaced");

    static Stream<Arguments> pairs() {
      List<Arguments> pairs = new ArrayList<>();
      for (VepStatus from : VepStatus.values()) {
        for (VepStatus to : VepStatus.values()) {
          if (from != to) {
            pairs.add(Arguments.of(from.yamlName(), to.yamlName()));
          }
        }
      }
      return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void everyStatusPairMatchesTheAllowedTransitionsTable(String from, String to) {
      List<Reported> errors = transitionErrors(from, to);

      if (ALLOWED.contains(from + ">" + to)) {
        assertThat(errors).isEmpty();
      } else {
        assertThat(errors).singleElement().satisfies(f -> {
          assertThat(f.file()).isEqualTo(PATH);
          assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
          assertThat(f.severity()).isEqualTo("error");
        });
      }
    }
  }

  /** test_validate_vep.py: EvaluateFileTest (with a git base: the pull request's target). */
  @Nested
  class EvaluateFile {

    private Verdict pullRequest(String atBase, String inPullRequest) {
      try (GitFixture git = GitFixture.init(dir)) {
        sigs(TestRepository.at(dir));
        if (atBase != null) {
          git.file(PATH, atBase);
        }
        String base = git.commit("base");
        git.file(PATH, inPullRequest);
        return check(git.root(), "--base", base);
      }
    }

    @Test
    void newFileWithFrontMatterIsOk() {
      Verdict verdict = pullRequest(null, vep(valid()));

      verdict.isOk();
      assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void newFileWithoutFrontMatterIsAnError() {
      Reported error = pullRequest(null, LEGACY).hasError("frontmatter-missing", new SourcePosition(1, 1));

      assertThat(error.message()).startsWith("no front matter in a VEP new since ")
          .contains("new VEPs must start with VEP 282's front matter block");
    }

    @Test
    void preExistingFileStillWithoutFrontMatterIsAWarningNotABlock() {
      Verdict verdict = pullRequest(LEGACY, LEGACY + "\nOne more line.\n");

      verdict.isOk();
      assertThat(verdict.of("frontmatter-missing")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo("warning");
        assertThat(f.position()).isEqualTo(new SourcePosition(1, 1));
      });
    }

    @Test
    void removingPreviouslyPresentFrontMatterIsAnErrorNotAWarning() {
      Reported error = pullRequest(vep(valid()), LEGACY).hasError("frontmatter-missing", new SourcePosition(1, 1));

      assertThat(error.message()).startsWith("the front matter block was removed: at ");
    }

    @Test
    void frontMatterKeptValidAcrossThePrIsOk() {
      Verdict verdict = pullRequest(vep(valid()), vep(valid()) + "\nOne more line.\n");

      verdict.isOk();
      assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void evaluateFileDelegatesFieldValidationToValidateFile() {
      Verdict verdict = pullRequest(null, "---\ntitle: Foo\n---\n\n# VEP #123: Foo\n" + BODY);

      assertThat(verdict.status()).isEqualTo(1);
      assertThat(verdict.errors()).anySatisfy(f -> assertThat(f.message()).contains("'vep-number'"));
    }
  }

  /**
   * Cases upstream's tests do not have, where the two verdicts differ or could: each asserts
   * vep-lint's default, then the switch to upstream's verdict where there is one (docs/ci.md, "vep-lint
   * and the kubevirt/enhancements validator").
   */
  @Nested
  class VerdictDifferences {

    @Test
    void aQuotedVepNumberIsTheNumber() {
      // Upstream: "must be a positive integer" (PyYAML reads a string). vep-lint: the same number,
      // as the schema, the release view and check-issue read it.
      Verdict verdict = checkVep(dir, PATH, vep(with(valid(), "vep-number", "\"123\"")).replace("#\"123\"", "#123"));

      verdict.isOk();
      assertThat(verdict.findings()).isEmpty();
      String leadingZero = vep(with(valid(), "vep-number", "\"0123\"")).replace("#\"0123\"", "#123");
      checkVep(dir, PATH, leadingZero).hasError("frontmatter-schema", find(leadingZero, "vep-number:"));
    }

    @Test
    void anImplementedVepWithTbdReviewersAndNoStageIsWarnedNotBlocked() {
      // Upstream checks TBD and stage only while implementable. VEP 282's migration gives GA
      // features 'implemented' with reviewers nobody recorded: warnings, errors when configured.
      String text = vep(without(with(valid(), "status", "implemented"), "stage"));

      Verdict verdict = checkVep(dir, PATH, text);

      verdict.isOk();
      SourcePosition reviewers = find(text, "reviewers: [TBD]");
      SourcePosition approvers = find(text, "approvers: [TBD]");
      assertThat(verdict.findings()).extracting(Reported::rule, Reported::position, Reported::severity)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("implementable-readiness",
                  new SourcePosition(reviewers.line(), "reviewers: [".length() + 1), "warning"),
              org.assertj.core.groups.Tuple.tuple("implementable-readiness",
                  new SourcePosition(approvers.line(), "approvers: [".length() + 1), "warning"),
              org.assertj.core.groups.Tuple.tuple("stage-consistency", valueOf(text, "status"), "warning"));
      Verdict strict = checkVep(dir, PATH, text, "--rule", "implementable-readiness=error", "--rule",
          "stage-consistency=error");
      strict.hasError("stage-consistency", valueOf(text, "status"));
      assertThat(strict.errors()).hasSize(3);
      String beta = vep(with(with(with(valid(), "status", "implemented"), "stage", "beta"), "milestone", "{beta: v1.10}"));
      checkVep(dir, PATH, beta).hasError("stage-consistency", valueOf(beta, "stage"));
    }

    @Test
    void vepNumberNnnnInTheTemplateDirectoryIsTheTemplatesPlaceholder() {
      try (GitFixture git = GitFixture.init(dir)) {
        repository(dir, PATH, vep(valid()));
        String template = "veps/NNNN-vep-template/vep.md";
        git.file(template, vep(with(valid(), "vep-number", "NNNN")).replace("# VEP #123", "# VEP #NNNN"));
        String base = git.commit("template with front matter");
        git.file(template, vep(with(with(valid(), "vep-number", "NNNN"), "title", "Your short title"))
            .replace("# VEP #123", "# VEP #NNNN"));

        Verdict verdict = check(git.root(), "--base", base, "--changed-only");

        verdict.isOk();
        assertThat(verdict.findings()).isEmpty();
      }
      String numberless = vep(with(valid(), "vep-number", "NNNN"));
      checkVep(dir, PATH, numberless).hasError("frontmatter-schema", find(numberless, "vep-number:"));
    }

    @Test
    void aDuplicateKeyIsAnErrorUnlessLowered() {
      // Upstream's YAML reader keeps the last value, vep-lint's the first (YAML says keys are
      // unique, and readers differ on which one counts), so vep-lint asks for one. Upstream's
      // verdict on the duplicate itself: frontmatter-syntax: warning (vep-lint then reads the first).
      String text = vep(valid()).replace("status: provisional\n", "status: provisional\nstatus: implementable\n");

      Reported error = checkVep(dir, PATH, text).hasError("frontmatter-syntax", new SourcePosition(6, 1));

      assertThat(error.message()).startsWith("duplicate key 'status' (first on line 5)");
      Verdict lowered = checkVep(dir, PATH, text, "--rule", "frontmatter-syntax=warning");
      lowered.isOk();
      assertThat(lowered.findings()).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo("frontmatter-syntax");
        assertThat(f.severity()).isEqualTo("warning");
      });
    }

    @Test
    void aNewAttachmentWithoutFrontMatterIsPartOfItsVep() {
      // Upstream validates every changed veps/**/*.md as a VEP, so a new appendix must have front
      // matter. vep-lint: front matter is the VEP's, once, in vep.md; an attachment has none.
      try (GitFixture git = GitFixture.init(dir)) {
        repository(dir, PATH, vep(valid()));
        String base = git.commit("a VEP");
        git.file("veps/sig-compute/123-foo/beta-plan.md", "# Beta plan\n\nWhat beta adds.\n");

        Verdict verdict = check(git.root(), "--base", base, "--changed-only");

        verdict.isOk();
        assertThat(verdict.findings()).isEmpty();
      }
    }
  }

  /** test_front_matter.py: ExtractFrontMatterTest, through check. */
  @Nested
  class ExtractFrontMatter {

    @Test
    void noneInput() {
      // Upstream's None is "the file does not exist at the base": EvaluateFile's new-file cases.
      Verdict verdict = checkVep(dir, PATH, vep(valid()));
      assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void noFrontMatter() {
      Verdict verdict = checkVep(dir, PATH, LEGACY);

      verdict.isOk();
      assertThat(verdict.of("frontmatter-missing")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo("warning"));
    }

    @Test
    void unterminatedBlock() {
      // Deliberately different: upstream reads an unclosed block as no front matter (a warning for
      // an existing VEP); vep-lint reports the typo at the opening line. Upstream's verdict:
      // frontmatter-syntax: warning.
      String text = "---\ntitle: Foo\n\n# VEP #123: Foo\n" + BODY;

      checkVep(dir, PATH, text).hasError("frontmatter-syntax", new SourcePosition(1, 1));
      Verdict lowered = checkVep(dir, PATH, text, "--rule", "frontmatter-syntax=warning");
      lowered.isOk();
      assertThat(lowered.of("frontmatter-syntax")).extracting(Reported::severity).containsExactly("warning");
    }

    @Test
    void validFrontMatter() {
      String text = vep(with(with(valid(), "vep-number", "42"), "title", "Foo"));

      Verdict verdict = checkVep(dir, "veps/sig-compute/42-foo/vep.md", text);

      verdict.isOk();
      assertThat(verdict.findings()).as("vep-number 42 read: it matches the directory and the title").isEmpty();
    }

    @Test
    void invalidYaml() {
      String text = "---\ntitle: [unclosed\n---\n\n# VEP #123: Foo\n" + BODY;

      checkVep(dir, PATH, text).hasError("frontmatter-syntax", new SourcePosition(3, 1));
    }

    @Test
    void emptyBlock() {
      // Upstream reads {} and then reports every required field; vep-lint reports the empty block
      // once, where it opens. Same verdict: an error.
      Reported error = checkVep(dir, PATH, "---\n---\n\n# VEP #123: Foo\n" + BODY)
          .hasError("frontmatter-syntax", new SourcePosition(1, 1));

      assertThat(error.message()).endsWith("not an empty block");
    }

    @Test
    void anIndentedDashesLineInABlockScalarIsNotMistakenForTheClosingDelimiter() {
      Map<String, String> fields = new LinkedHashMap<>(valid());
      fields.remove("vep-number");
      fields.put("participating-sigs", "[]\nnotes: |\n  Some text\n  ---\n  more text");
      fields.put("vep-number", "123");
      String text = vep(fields);

      Verdict verdict = checkVep(dir, PATH, text);

      // vep-number, after the block scalar, is read: no missing-key or number finding. The block
      // itself is an unknown key (a typo to vep-lint, ignored upstream).
      assertThat(verdict.findings()).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo("frontmatter-schema");
        assertThat(f.position()).isEqualTo(find(text, "notes:"));
        assertThat(f.message()).startsWith("unknown key 'notes'");
      });
    }
  }

  /** test_front_matter.py: IsMetaVepTest. */
  @Nested
  class IsMetaVep {

    @Test
    void metaVep() {
      checkVep(dir, META_PATH, vep(without(valid(), "feature-gate"))).isOk();
    }

    @Test
    void regularVep() {
      checkVep(dir, PATH, vep(without(valid(), "feature-gate"))).hasError("feature-gate", new SourcePosition(2, 1));
    }
  }

  /** v1.9 as in upstream's fixture: two items on 2026/04/30 sharing their milestone. */
  static final String SCHEDULE = """
      - when: 2026/04/30
        milestone: KubeVirt Alpha 0
        who: KubeVirt
        what: Tag v1.9.0-alpha.0
      - when: 2026/04/30
        milestone: KubeVirt Alpha 0
        who: KubeVirt
        what: Virtualization Enhancement Proposal (VEP) Freeze
      """;

  static final String PAST_FREEZE = "2026-09-01";
  static final String BEFORE_FREEZE = "2026-01-01";

  /** Upstream's vep_text: an implementable VEP for v1.9 unless told otherwise. */
  static String freezeVep(String status, String stage, String milestone) {
    return vep(with(with(with(named(valid()), "status", status), "stage", stage), "milestone", milestone));
  }

  static String freezeVep() {
    return freezeVep("implementable", "alpha", "{alpha: \"v1.9\"}");
  }

  /** {@code check} with v1.9's schedule (as a kubevirt/sig-release checkout) and a date. */
  Verdict checkFreeze(String text, String today, String schedule, String... labels) {
    TestRepository repository = repository(dir, PATH, text);
    repository.file("sig-release/releases/v1.9/schedule.yaml", schedule);
    List<String> options = new ArrayList<>(List.of("--schedule", dir.resolve("sig-release").toString()));
    for (String label : labels) {
      options.addAll(List.of("--label", label));
    }
    options.addAll(List.of("--today", today));
    return check(dir, options.toArray(String[]::new));
  }

  /** test_enforce_vep_freeze.py: HasFreezeExceptionTest. */
  @Nested
  class HasFreezeException {

    @Test
    void noLabels() {
      checkFreeze(freezeVep(), PAST_FREEZE, SCHEDULE).hasError("vep-freeze", new SourcePosition(5, 9));
    }

    @Test
    void otherLabels() {
      checkFreeze(freezeVep(), PAST_FREEZE, SCHEDULE, "lgtm").hasError("vep-freeze", new SourcePosition(5, 9));
    }

    @Test
    void freezeExceptionLabelPresent() {
      Verdict verdict = checkFreeze(freezeVep(), PAST_FREEZE, SCHEDULE, "lgtm", "freeze-exception");

      verdict.isOk();
      assertThat(verdict.of("vep-freeze")).isEmpty();
    }

    @Test
    void missingEnvVarDefaultsToNoLabels() {
      checkFreeze(freezeVep(), PAST_FREEZE, SCHEDULE).hasError("vep-freeze", new SourcePosition(5, 9));
    }
  }

  /** test_enforce_vep_freeze.py: FreezeDateTest. */
  @Nested
  class FreezeDate {

    @Test
    void findsTheVepFreezeEntryByWhatNotMilestone() {
      String moved = SCHEDULE.replaceFirst("2026/04/30", "2026/10/01");

      Reported error = checkFreeze(freezeVep(), PAST_FREEZE, moved).hasError("vep-freeze", new SourcePosition(5, 9));

      assertThat(error.message()).contains("the v1.9 VEP Freeze began on 2026-04-30");
    }

    @Test
    void returnsNoneWhenNoFreezeEntry() {
      Verdict verdict = checkFreeze(freezeVep(), PAST_FREEZE, "[]\n");

      verdict.isOk();
      assertThat(verdict.of("vep-freeze")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo("info");
        assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
        assertThat(f.message()).startsWith("the VEP Freeze of v1.9 was not checked: its schedule (")
            .contains(") has no VEP Freeze item");
      });
    }

    @Test
    void returnsNoneRatherThanCrashingOnAnEmptyScheduleFile() {
      Verdict verdict = checkFreeze(freezeVep(), PAST_FREEZE, "");

      verdict.isOk();
      assertThat(verdict.of("vep-freeze")).extracting(Reported::severity).containsExactly("info");
    }

    @Test
    void returnsNoneRatherThanCrashingWhenTheFreezeEntryHasNoWhen() {
      // Deliberately different for a local schedule: a checkout the user controls is fixed there,
      // so the run stops with the file and line (exit 2). A URL schedule (kubevirt/sig-release) is
      // soft, as upstream: see warnsAndReturnsNoneOnNetworkFailure.
      Verdict verdict = checkFreeze(freezeVep(), PAST_FREEZE,
          "- what: Virtualization Enhancement Proposal (VEP) Freeze\n");

      assertThat(verdict.status()).isEqualTo(2);
      assertThat(verdict.err()).contains("schedule.yaml:1: the VEP Freeze item has no 'when' date").hasLineCount(1);
    }

    @Test
    void warnsAndReturnsNoneOnNetworkFailure() throws Exception {
      int closedPort;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        closedPort = socket.getLocalPort();
      }
      repository(dir, PATH, freezeVep());

      Verdict verdict = check(dir, "--schedule", "http://127.0.0.1:" + closedPort + "/{release}/schedule.yaml",
          "--allow-network", "--today", PAST_FREEZE);

      verdict.isOk();
      assertThat(verdict.of("vep-freeze")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo("warning");
        assertThat(f.position()).isEqualTo(new SourcePosition(5, 9));
        assertThat(f.message()).startsWith("the VEP Freeze of v1.9 was not checked: the release schedules could not"
            + " be read (cannot fetch http://127.0.0.1:" + closedPort + "/v1.0/schedule.yaml");
      });
    }
  }

  /** test_enforce_vep_freeze.py: CheckFileTest. */
  @Nested
  class CheckFile {

    @Test
    void implementablePastItsFreezeIsBlocked() {
      Reported error = checkFreeze(freezeVep(), PAST_FREEZE, SCHEDULE).hasError("vep-freeze", new SourcePosition(5, 9));

      assertThat(error.message()).startsWith("status is 'implementable' for v1.9 (milestone.alpha)");
    }

    @Test
    void implementableBeforeItsFreezeIsNotBlocked() {
      checkFreeze(freezeVep(), BEFORE_FREEZE, SCHEDULE).isOk();
    }

    @Test
    void aVepStartingAtBetaIsCheckedAgainstMilestoneBetaNotAlpha() {
      String text = freezeVep("implementable", "beta", "{beta: \"v1.9\"}");

      Reported error = checkFreeze(text, PAST_FREEZE, SCHEDULE).hasError("vep-freeze", new SourcePosition(5, 9));

      assertThat(error.message()).contains("for v1.9 (milestone.beta)");
    }

    @Test
    void aStaleMilestoneAlphaIsIgnoredOnceStageHasMovedToBeta() {
      String text = freezeVep("implementable", "beta", "{alpha: \"v1.0\", beta: \"v1.9\"}");

      Reported error = checkFreeze(text, PAST_FREEZE, SCHEDULE).hasError("vep-freeze", new SourcePosition(5, 9));

      assertThat(error.message()).contains("for v1.9 (milestone.beta)");
    }

    @Test
    void statusOtherThanImplementableIsNotChecked() {
      checkFreeze(freezeVep("provisional", "alpha", "{alpha: \"v1.9\"}"), PAST_FREEZE, SCHEDULE).isOk();
    }

    @Test
    void noMilestoneEntryForTheCurrentStageIsNotChecked() {
      Verdict verdict = checkFreeze(freezeVep("implementable", "beta", "{alpha: \"v1.9\"}"), PAST_FREEZE, SCHEDULE);

      assertThat(verdict.of("vep-freeze")).isEmpty();
      // The missing milestone.beta is stage-consistency's error, which upstream's validator reports too.
      verdict.hasError("stage-consistency", valueOf(freezeVep("implementable", "beta", "{alpha: \"v1.9\"}"), "stage"));
    }

    @Test
    void aVersionWithoutAVPrefixIsNormalizedBeforeLookup() {
      Verdict verdict = checkFreeze(freezeVep("implementable", "alpha", "{alpha: \"1.9\"}"), PAST_FREEZE, SCHEDULE);

      assertThat(verdict.hasError("vep-freeze", new SourcePosition(5, 9)).message()).contains("for v1.9");
    }
  }

  /** test_enforce_vep_freeze.py: MainTest, on the changed files of a pull request. */
  @Nested
  class Main {

    private Verdict pullRequest(List<String> texts, String... labels) {
      try (GitFixture git = GitFixture.init(dir)) {
        sigs(TestRepository.at(dir)).file("sig-release/releases/v1.9/schedule.yaml", SCHEDULE);
        String base = git.commit("base");
        for (int i = 0; i < texts.size(); i++) {
          int number = 123 + i;
          git.file("veps/sig-compute/" + number + "-foo/vep.md", texts.get(i)
              .replace("vep-number: 123", "vep-number: " + number).replace("# VEP #123:", "# VEP #" + number + ":"));
        }
        List<String> options = new ArrayList<>(List.of("--base", base, "--changed-only", "--schedule",
            dir.resolve("sig-release").toString(), "--today", PAST_FREEZE));
        for (String label : labels) {
          options.addAll(List.of("--label", label));
        }
        return check(git.root(), options.toArray(String[]::new));
      }
    }

    @Test
    void exitsNonzeroWhenAnyChangedFileIsPastFreeze() {
      Verdict verdict = pullRequest(List.of(freezeVep("provisional", "alpha", "{alpha: \"v1.9\"}"), freezeVep()));

      Reported error = verdict.hasError("vep-freeze", new SourcePosition(5, 9));
      assertThat(error.file()).isEqualTo("veps/sig-compute/124-foo/vep.md");
      assertThat(error.message()).startsWith("status becomes 'implementable' for v1.9");
    }

    @Test
    void exitsZeroWhenNoChangedFileIsPastFreeze() {
      pullRequest(List.of(freezeVep("provisional", "alpha", "{alpha: \"v1.9\"}"))).isOk();
    }

    @Test
    void anEditOfAVepImplementableBeforeTheFreezeIsNotBlocked() {
      // Deliberately different: upstream blocks every edit of an implementable VEP after the
      // freeze (a typo fix, a link, a design clarification). The freeze guards the decision to
      // track the VEP for the release, which was taken before it; vep-lint blocks only a VEP that
      // becomes implementable, or is retargeted, after it. Upstream's verdict: run without --base.
      try (GitFixture git = GitFixture.init(dir)) {
        sigs(TestRepository.at(dir)).file("sig-release/releases/v1.9/schedule.yaml", SCHEDULE);
        git.file(PATH, freezeVep());
        String base = git.commit("implementable before the freeze");
        git.file(PATH, freezeVep() + "\nA clarification.\n");
        String schedule = dir.resolve("sig-release").toString();

        check(git.root(), "--base", base, "--changed-only", "--schedule", schedule, "--today", PAST_FREEZE).isOk();
        check(git.root(), "--changed-only", "--base", base, "--schedule", schedule, "--today", "2026-05-04")
            .isOk();
        check(git.root(), "--schedule", schedule, "--today", "2026-05-04")
            .hasError("vep-freeze", new SourcePosition(5, 9));

        git.file(PATH, freezeVep("implementable", "alpha", "{alpha: \"v1.10\"}"));
        String tracked10 = git.commit("implementable for v1.10");
        git.file(PATH, freezeVep());
        Reported retargeted = check(git.root(), "--base", tracked10, "--changed-only", "--schedule", schedule,
            "--today", PAST_FREEZE).hasError("vep-freeze", new SourcePosition(5, 9));
        assertThat(retargeted.message()).startsWith("the implementable VEP is retargeted to v1.9 (milestone.alpha)"
            + " but the v1.9 VEP Freeze began on 2026-04-30");
      }
    }

    @Test
    void freezeExceptionLabelBypassesAllFiles() {
      Verdict verdict = pullRequest(List.of(freezeVep(), freezeVep()), "freeze-exception");

      verdict.isOk();
      assertThat(verdict.of("vep-freeze")).isEmpty();
    }
  }
}
