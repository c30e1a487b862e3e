package io.github.veplint.lint.rules;

import static io.github.veplint.lint.rules.FrontMatterFixture.PATH;
import static io.github.veplint.lint.rules.FrontMatterFixture.VALID;
import static io.github.veplint.lint.rules.RuleTester.tester;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureGateRuleTest {

  private static final String NO_GATE = VALID.replace("feature-gate: NetworkBindingPlugins\n", "");
  private static final String LEGACY_PATH = "veps/sig-storage/41-vm-object-graph/vep.md";

  /** An older-layout VEP; {@code %s} is where each test puts its design text. */
  private static final String LEGACY = """
      # VEP #41: VM object graph

      ## VEP Status Metadata

      ### Target releases

      - This VEP targets alpha for version: v1.6
      - This VEP targets beta for version:

      ## Design

      <!--
      - [ ] Feature gate guards all code changes
      -->

      %s
      """;

  private final FeatureGateRule rule = new FeatureGateRule();

  @Test
  void isAnErrorWhileProvisionalToo() {
    // VEP 282's field table requires the gate (or a justification) in both states, as the
    // community's validator does.
    List<Finding> findings = tester().check(rule, PATH, NO_GATE);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message())
          .startsWith("no feature-gate: add 'feature-gate: <GateName>'")
          .contains("justify it in the body")
          .contains("docs/feature-lifecycle.md");
    });
  }

  @Test
  void isAnErrorOnceImplementableAndSuggestsTheGateTheBodyNames() {
    String markdown =
        NO_GATE.replace("status: provisional", "status: implementable")
            + "\nThe plugin is registered behind the `VhostUserBinding` feature gate.\n";

    List<Finding> findings = tester().check(rule, PATH, markdown);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).startsWith("no feature-gate: add 'feature-gate: VhostUserBinding' (the body names");
    });
  }

  @Test
  void acceptsAGateOrAnOptOutInTheBody() {
    assertThat(tester().check(rule, PATH, VALID)).isEmpty();
    String optOut = NO_GATE + "\nThis VEP does not have graduation phases guarded by a feature gate:\nit only"
        + " documents an out-of-tree plugin.\n";
    assertThat(tester().check(rule, PATH, optOut)).isEmpty();
  }

  /**
   * A heading announces a topic: "### No feature gate" (VEP 434 of 2026) is no justification by
   * itself, the prose under it is.
   */
  @Test
  void aHeadingOrTitleSayingNoFeatureGateIsNoJustificationOnlyProseIs() {
    List<Finding> heading =
        tester().check(rule, LEGACY_PATH, LEGACY.formatted("### No feature gate\n\nThe design.\n"));
    assertThat(heading)
        .extracting(Finding::line, Finding::column, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1, Severity.WARNING));

    String titled =
        LEGACY.replace("# VEP #41: VM object graph", "# VEP #41: No feature gate needed").formatted("");
    assertThat(tester().check(rule, LEGACY_PATH, titled)).hasSize(1);

    String prose = "### No feature gate\n\nThere is no feature gate: the change only adds a hint.\n";
    assertThat(tester().check(rule, LEGACY_PATH, LEGACY.formatted(prose))).isEmpty();
  }

  /**
   * The template's example criterion "Feature gate guards all code changes" is the template
   * speaking, whether the VEP keeps it in a comment, as prose, checked or not: never a mention.
   */
  @Test
  void theTemplatesChecklistLineNeverCountsAsNamingAGate() {
    for (String line :
        List.of(
            "- [ ] Feature gate guards all code changes",
            "- [x] Feature gate guards all code changes",
            "* [X] feature gate guards all code changes.")) {
      assertThat(tester().check(rule, LEGACY_PATH, LEGACY.formatted("### Alpha\n\n" + line + "\n")))
          .as(line)
          .extracting(Finding::line, Finding::column, Finding::ruleId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1, "feature-gate"));
    }
    String named = "- [ ] Feature gate guards all code changes\n\nThe `ObjectGraph` feature gate.\n";
    assertThat(tester().check(rule, LEGACY_PATH, LEGACY.formatted(named))).isEmpty();
  }

  /**
   * A VEP that changes no KubeVirt code has no KubeVirt feature gate to name: its Repos section
   * lists only other repositories (VEP 172's Tide configuration, VEP 458's operator), or it lives
   * under sig-buildsystem/ or sig-release/ (VEP 392 removes Bazel).
   */
  @Test
  void aVepThatChangesNoKubevirtCodeIsNotAskedForAGate() {
    String outOfTree =
        LEGACY.formatted("")
            + "\n## Repos\n\n- [kubevirt/project-infra](https://github.com/kubevirt/project-infra)\n"
            + "- `kubevirt/kubevirtci`\n";
    assertThat(tester().check(rule, LEGACY_PATH, outOfTree)).isEmpty();

    String inTree = outOfTree + "- https://github.com/kubevirt/kubevirt\n";
    assertThat(tester().check(rule, LEGACY_PATH, inTree))
        .extracting(Finding::line, Finding::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1));

    String noRepos = LEGACY.formatted("") + "\n## Repos\n\nN/A\n";
    assertThat(tester().check(rule, LEGACY_PATH, noRepos)).hasSize(1);

    assertThat(
            tester()
                .check(rule, "veps/sig-buildsystem/392-remove-bazel/vep.md", LEGACY.formatted("")))
        .isEmpty();
  }

  @Test
  void doesNotTakeAListOfGapsForAnOptOut() {
    String markdown = NO_GATE + "\nKnown gaps: no multi-queue support and no feature gate yet.\n";

    assertThat(tester().check(rule, PATH, markdown)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("no feature-gate"));
  }

  @Test
  void doesNotTakeARejectedAlternativeOrTheGaStageForAnOptOut() {
    String markdown = NO_GATE.replace("status: provisional", "status: implementable") + """

        ## Alternatives

        ### No Feature Gate

        Add the binding without a feature gate; rejected, the binding is experimental.

        ## Graduation Requirements

        ### GA

        - API available without a FeatureGate
        """;

    assertThat(tester().check(rule, PATH, markdown)).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(2, 1));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void exemptsProcessVepsAndVepsThatWillNeverShip() {
    assertThat(tester().check(rule, "veps/meta-VEPs/282-vep-proposal-governance/vep.md", NO_GATE)).isEmpty();
    assertThat(tester().check(rule, PATH, NO_GATE.replace("status: provisional", "status: withdrawn"))).isEmpty();
  }

  @Test
  void warnsOnAnOlderLayoutVepThatNeverMentionsAGateOutsideComments() {
    List<Finding> findings =
        tester().check(rule, LEGACY_PATH, LEGACY.formatted("A new subresource returns the VM's object graph."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(new SourcePosition(5, 1));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message())
          .startsWith("the VEP never says which feature gate guards the feature")
          .contains("This VEP does not have graduation phases guarded by a feature gate");
    });
  }

  @Test
  void acceptsAnOlderLayoutVepThatNamesItsGateOptsOutOrShipsAsGa() {
    assertThat(tester().check(rule, LEGACY_PATH,
        LEGACY.formatted("The subresource is introduced behind a feature gate named `ObjectGraph`."))).isEmpty();
    assertThat(tester().check(rule, LEGACY_PATH,
        LEGACY.formatted("- **Feature Flag**: None. The subresource is read-only."))).isEmpty();
    assertThat(tester().check(rule, LEGACY_PATH,
        LEGACY.formatted("## Feature lifecycle Phases\n\n### GA\n\nPlanned for v1.6: it restores a GA feature."))).isEmpty();
  }

  @Test
  void aGateMentionMayBreakAcrossLinesButNotInsideAComment() {
    String older = LEGACY.formatted("The work is guarded by the `Foo` feature\n   gate from alpha on.");
    assertThat(tester().check(rule, LEGACY_PATH, older)).isEmpty();
    String commented = LEGACY.formatted("The work is guarded by the `Foo` feature <!-- x\n --> gate.");
    assertThat(tester().check(rule, LEGACY_PATH, commented)).isEmpty();
    String onlyInComment = LEGACY.formatted("<!-- Feature gate guards all code changes -->");
    assertThat(tester().check(rule, LEGACY_PATH, onlyInComment)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the VEP never says which feature gate"));
  }

  @Test
  void optOutsFoundAroundTheirKeywordsAreThoseOfAWholeTextSearch() {
    String[] words = {
      "This", "VEP", "does not", "doesn't", "have", "require", "a", "any", "new", "dedicated",
      "graduation phases guarded by a", "feature gate", "feature-gate", "feature flag", "FeatureGate",
      "gates", "is set", "are enabled", "no", "No", "has", "there is", "without", "Feature Flag:",
      "None", "n/a", "not", "be", "guarded", "gated", "behind", "by", "feature-gated",
      "does not follow the", "standard", "alpha/beta/ga", "graduation", ".", "- ", ":", "x".repeat(150)
    };
    java.util.Random random = new java.util.Random(9);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String plain = io.github.veplint.model.Text.collapseWhitespace(text, true);
      boolean whole = FeatureGateRule.OPT_OUTS.stream().anyMatch(p -> p.matcher(plain).find());
      assertThat(FeatureGateRule.anyOptOut(plain)).as(plain).isEqualTo(whole);
      found += whole ? 1 : 0;
    }
    assertThat(found).as("texts with an opt-out").isGreaterThan(500);
  }

  /**
   * The one-character prefilter of the template's checklist criterion never rejects a line the
   * expression matches: checked on every line of both corpora and on hand-made variants.
   */
  @Test
  void theChecklistPrefilterRejectsNoLineTheExpressionMatches() throws java.io.IOException {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "- [ ] Feature gate guards all code changes", "  * [x] feature gate guards all code changes.",
        "Feature gate guards all code changes", "\t+ [] FEATURE GATE GUARDS ALL CODE CHANGES ",
        "[X] Feature gate guards all code changes", " > - [ ] Feature gate guards all code changes",
        "The feature gate guards all code changes", ""));
    for (java.nio.file.Path root : List.of(io.github.veplint.model.Corpus.enhancements(),
        io.github.veplint.model.Corpus.newerEnhancements())) {
      try (var files = java.nio.file.Files.walk(root)) {
        for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          lines.addAll(java.nio.file.Files.readAllLines(file));
        }
      }
    }
    int matched = 0;
    for (String line : lines) {
      if (FeatureGateRule.TEMPLATE_CHECKLIST_LINE.matcher(line).matches()) {
        matched++;
        assertThat(FeatureGateRule.mayOpenChecklistLine(line)).as(line).isTrue();
      }
    }
    assertThat(matched).as("the expression matches real lines, so the check is not vacuous").isGreaterThan(5);
  }

  /**
   * {@link FeatureGateRule#bodyText} reads {@link io.github.veplint.model.Vep#prose()} with only
   * comments blanked; before, it blanked the markdown parse's {@link
   * io.github.veplint.model.Vep#comments()} itself. Both give the same text for every markdown
   * file of both corpora, with and without comments, skipped lines and collapsing.
   */
  @Test
  void theBodyTextFromProseIsTheTextFromTheParsedCommentsOnBothCorpora() throws java.io.IOException {
    int files = 0;
    for (java.nio.file.Path root : List.of(io.github.veplint.model.Corpus.enhancements(),
        io.github.veplint.model.Corpus.newerEnhancements())) {
      List<java.nio.file.Path> markdown;
      try (var walk = java.nio.file.Files.walk(root)) {
        markdown = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      }
      for (java.nio.file.Path file : markdown) {
        io.github.veplint.model.Vep vep =
            io.github.veplint.model.read.VepParser.parse(root, root.resolve("veps"), file);
        java.util.BitSet headings = new java.util.BitSet();
        vep.allSections().forEach(section -> headings.set(section.startLine()));
        for (java.util.BitSet skipped : List.of(new java.util.BitSet(), headings)) {
          for (boolean withComments : new boolean[] {false, true}) {
            for (boolean collapse : new boolean[] {false, true}) {
              assertThat(FeatureGateRule.bodyText(vep, withComments, skipped, collapse))
                  .as(file + " withComments=" + withComments + " collapse=" + collapse)
                  .isEqualTo(parsedBodyText(vep, withComments, skipped, collapse));
            }
          }
        }
        files++;
      }
    }
    assertThat(files).isGreaterThan(130);
  }

  /** {@link FeatureGateRule#bodyText} as it was, blanking {@code vep.comments()}. */
  private static String parsedBodyText(
      io.github.veplint.model.Vep vep, boolean withComments, java.util.BitSet skipped, boolean collapse) {
    int firstLine = vep.frontMatter().map(io.github.veplint.model.FrontMatter::endLine).orElse(0) + 1;
    List<String> lines = vep.lines();
    StringBuilder text = new StringBuilder();
    int[] lineStart = new int[lines.size() + 2];
    for (int number = 1; number <= lines.size(); number++) {
      lineStart[number] = text.length();
      if (number >= firstLine && !skipped.get(number)) {
        text.append(lines.get(number - 1));
      }
      text.append('\n');
    }
    lineStart[lines.size() + 1] = text.length();
    if (!withComments) {
      List<io.github.veplint.model.HtmlComment> comments = vep.comments().stream()
          .sorted(java.util.Comparator.comparing(io.github.veplint.model.HtmlComment::position))
          .toList();
      for (io.github.veplint.model.HtmlComment comment : comments) {
        int line = comment.position().line();
        if (line < firstLine || line > lines.size() || skipped.get(line)) {
          continue;
        }
        int start = lineStart[line] + comment.position().column() - 1;
        int close = text.indexOf("-->", start);
        int endLine = Math.min(Math.max(comment.endLine(), line), lines.size());
        int end = close >= 0 ? close + 3 : lineStart[endLine + 1];
        for (int i = start; i < end && i < text.length(); i++) {
          if (text.charAt(i) != '\n') {
            text.setCharAt(i, ' ');
          }
        }
      }
    }
    return collapse ? io.github.veplint.model.Text.collapseWhitespace(text, false) : text.toString();
  }

  /**
   * Searching the repository expressions from the first {@code github.com/} or {@code kubevirt/}
   * answers as searching the whole text: on random texts of the pieces that matter and on every
   * line and paragraph of both corpora.
   */
  @Test
  void theRepositorySearchFromTheFirstCandidateAgreesWithTheWholeTextSearch() throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>();
    String[] pieces = {"github.com/", "GitHub.Com/", "kubevirt/", "KubeVirt/KubeVirt", "kubevirt/kubevirtci",
        "kubevirt/kubevirt", "/", "x", " ", "-", "_", ".", "\u212Aubevirt/", "https://", "a", "\n", "github.com",
        "kubevirt", "/project-infra", "9", "(", "`"};
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    for (java.nio.file.Path root : List.of(io.github.veplint.model.Corpus.enhancements(),
        io.github.veplint.model.Corpus.newerEnhancements())) {
      try (var files = java.nio.file.Files.walk(root)) {
        for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          String content = java.nio.file.Files.readString(file);
          texts.add(content);
          texts.addAll(List.of(content.split("\n\n")));
        }
      }
    }
    int named = 0;
    int onlyOthers = 0;
    for (String text : texts) {
      boolean expected = FeatureGateRule.REPOSITORY.matcher(text).find()
          && !FeatureGateRule.KUBEVIRT_REPO.matcher(text).find();
      assertThat(FeatureGateRule.namesOnlyOtherRepositories(text)).as(text).isEqualTo(expected);
      named += FeatureGateRule.REPOSITORY.matcher(text).find() ? 1 : 0;
      onlyOthers += expected ? 1 : 0;
    }
    assertThat(named).as("texts naming a repository").isGreaterThan(1000);
    assertThat(onlyOthers).as("texts naming only other repositories").isGreaterThan(1000);
  }
}
