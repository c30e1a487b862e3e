package io.github.veplint.lint.report;

import static io.github.veplint.lint.report.Fixtures.CLEAN;
import static io.github.veplint.lint.report.Fixtures.HOTPLUG;
import static io.github.veplint.lint.report.Fixtures.NOTES;
import static io.github.veplint.lint.report.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.baseline.BaselineEntry;
import io.github.veplint.lint.baseline.Comparison;
import io.github.veplint.lint.config.FailOn;
import io.github.veplint.lint.config.LintConfig;
import io.github.veplint.lint.config.RuleSetting;
import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Fix;
import io.github.veplint.lint.finding.Severity;
import io.github.veplint.lint.spi.ReleaseCalendar;
import io.github.veplint.lint.spi.Rule;
import io.github.veplint.lint.spi.RuleInfo;
import io.github.veplint.model.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pull request summary, from hand-built results: verdict, checks not run, entries, cells, the cut. */
class SummaryReportTest {

  /** A rule that needs something, as {@code @RuleInfo(needs = …)} declares it. */
  record NeedyRule(String id, Severity defaultSeverity, String summary, Set<RuleInfo.Need> needs) implements Rule {
    @Override
    public String description() {
      return "";
    }
  }

  private static final List<Rule> RULES = List.of(
      Fixtures.MISSING_SECTION,
      new NeedyRule("status-transition", Severity.ERROR, "Status moves as VEP 282 allows", Set.of(RuleInfo.Need.BASE)),
      Fixtures.TITLE_FORMAT,
      new NeedyRule("future-target", Severity.WARNING, "No stage targets a later release", Set.of(RuleInfo.Need.SCHEDULE)),
      new NeedyRule("vep-freeze", Severity.ERROR, "No VEP Freeze violation", Set.of(RuleInfo.Need.SCHEDULE)));

  private static LintResult result(List<String> files, List<Finding> findings, LintConfig config,
      Optional<String> base, boolean changedOnly) {
    return new LintResult("/nonexistent/repo", files, findings, Map.of(), List.of(), Map.of(),
        new LintResult.Settings(config.withFailOn(FailOn.ERROR), base, changedOnly, ReleaseCalendar.NONE));
  }

  private static String render(LintResult result, Optional<String> subject) {
    return Fixtures.render(new SummaryReport(Optional.empty()), result,
        new ReportContext(RULES, false, "1.2.3", false, subject));
  }

  @Test
  void aChangedFileAgainstABaseWithoutAScheduleListsEveryCheckThatRan() {
    LintResult result = result(List.of(HOTPLUG), List.of(
            finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "the title | has <b>no</b>\nnumber")),
        LintConfig.DEFAULTS, Optional.of("c59f6e899301ce2eae276e9c19fc237de7055dfb"), true);

    assertThat(render(result, Optional.of("pull request #42"))).isEqualTo("""
        ## vep-lint

        :x: 1 changed file checked against `c59f6e899301`: 1 error, 0 warnings, 0 info (pull request #42).

        _No release schedule: `vep-freeze` and `future-target` did not run._

        ### ❌ `veps/sig-compute/42-hotplug/vep.md`

        | check | result | finding | how to fix |
        | --- | --- | --- | --- |
        | `title-format` | ❌ fail | line 1:1: the title \\| has &lt;b&gt;no&lt;/b&gt; number | \
        The first heading is 'VEP #&lt;number&gt;: &lt;title&gt;' (`vep-lint explain title-format`) |
        | `missing-section` | ✅ pass | | |
        | `status-transition` | ✅ pass | | |
        """);
  }

  @Test
  void aWholeRunListsOnlyFilesWithErrorsOrWarningsAndSaysWhatDidNotRun() {
    Finding fixable = new Finding("missing-section", Severity.WARNING, HOTPLUG, new SourcePosition(12, 3),
        "no Alternatives", Optional.of(Fix.insert("insert 'Alternatives'", HOTPLUG, new SourcePosition(12, 1),
            "## Alternatives\n")));
    LintResult result = result(List.of(NOTES, HOTPLUG, CLEAN), List.of(fixable,
            finding("unused-suppression", Severity.INFO, NOTES, 4, 1, "suppresses nothing"),
            finding("internal-error", Severity.ERROR, "", 1, 1, "rule 'x' failed")),
        LintConfig.DEFAULTS.withRules(Map.of("title-format", RuleSetting.OFF)), Optional.empty(), false);

    assertThat(render(result, Optional.empty())).isEqualTo("""
        ## vep-lint

        :x: 3 files checked: 1 error, 1 warning, 1 info.

        _No base revision: `status-transition` and the checks of what is new did not run._

        _No release schedule: `vep-freeze` and `future-target` did not run._

        :wrench: 1 finding has a mechanical fix: run `vep-lint fix` (`java -jar vep-lint.jar fix`) on your branch \
        and push, or `vep-lint fix --dry-run --diff` to see it first.

        1 files without errors or warnings are not listed.

        ### ⚠️ `veps/sig-compute/42-hotplug/vep.md`

        | check | result | finding | how to fix |
        | --- | --- | --- | --- |
        | `missing-section` | ⚠️ warning | line 12:3: no Alternatives | Every template section is present \
        (`vep-lint explain missing-section`) |

        ### ❌ the repository as a whole

        | check | result | finding | how to fix |
        | --- | --- | --- | --- |
        | `internal-error` | ❌ fail | rule 'x' failed | see the message |
        """);
  }

  @Test
  void passedChecksFoldAwayBeyondFiveFilesAndFileNamesAreRelativeToTheWorkspace() {
    List<String> files = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      files.add("veps/sig-x/" + i + "-v/vep.md");
    }
    LintResult result = result(files, List.of(), LintConfig.DEFAULTS.withSchedule("../sig-release"),
        Optional.of("main"), true);

    String summary = Fixtures.render(new SummaryReport(Optional.of(Path.of("/nonexistent"))), result,
        new ReportContext(RULES, false, "1.2.3"));

    assertThat(summary).startsWith("## vep-lint\n\n:white_check_mark: 6 changed files checked against `main`:"
            + " 0 errors, 0 warnings, 0 info.\n\n### ✅ `repo/veps/sig-x/1-v/vep.md`\n")
        .doesNotContain("did not run")
        .contains("\n<details><summary>5 checks passed</summary>\n\n`missing-section`, `status-transition`,"
            + " `title-format`, `future-target`, `vep-freeze`\n\n</details>\n");
  }

  @Test
  void aLongSummaryIsCutBeforeGithubsCommentLimit() {
    List<String> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 400; i++) {
      String file = "veps/sig-x/" + i + "-v/notes.md";
      files.add(file);
      findings.add(finding("title-format", Severity.ERROR, file, 1, 1, "x".repeat(200)));
    }
    String summary = render(result(files, findings, LintConfig.DEFAULTS, Optional.of("main"), false), Optional.empty());

    assertThat(summary.length()).isLessThanOrEqualTo(SummaryReport.MAX_LENGTH);
    assertThat(summary).containsPattern("\n… \\d+ more entries cut to fit; the annotations and the log have every"
        + " finding\\.\n$");
  }

  /** A run against a base where only new findings fail, and {@code old} were there before. */
  private static LintResult comparedResult(List<Finding> fresh, List<Finding> old, String subjectless) {
    List<Finding> all = new ArrayList<>(fresh);
    all.addAll(old);
    LintResult result = result(List.of(HOTPLUG), all, LintConfig.DEFAULTS,
        Optional.of("c59f6e899301ce2eae276e9c19fc237de7055dfb"), true);
    return result.withComparison(Comparison.match(subjectless, all,
        old.stream().map(BaselineEntry::of).toList(), true));
  }

  @Test
  void findingsThatWereThereBeforeThePullRequestAreCountedApartAndListedCollapsedAtTheEnd() {
    Finding fixable = new Finding("missing-section", Severity.WARNING, HOTPLUG, new SourcePosition(12, 3),
        "no `Alternatives` | <b>x</b> @octocat", Optional.of(Fix.insert("insert 'Alternatives'", HOTPLUG,
            new SourcePosition(12, 1), "## Alternatives\n")));
    LintResult result = comparedResult(
        List.of(finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "the title has no number")),
        List.of(fixable, finding("missing-section", Severity.ERROR, HOTPLUG, 20, 1, "no Risks")),
        "the base main (c59f6e8)");

    assertThat(render(result, Optional.of("pull request #42"))).isEqualTo("""
        ## vep-lint

        :x: 1 changed file checked against `c59f6e899301`: 1 error, 0 warnings, 0 info new (pull request #42).

        :information_source: 2 findings were there before this PR; `vep-lint fix` fixes 1 of them. They fail \
        nothing and are listed at the end.

        _No release schedule: `vep-freeze` and `future-target` did not run._

        ### ❌ `veps/sig-compute/42-hotplug/vep.md`

        | check | result | finding | how to fix |
        | --- | --- | --- | --- |
        | `missing-section` | ➖ pre-existing | 2 findings were there before, listed at the end | |
        | `title-format` | ❌ fail | line 1:1: the title has no number | \
        The first heading is 'VEP #&lt;number&gt;: &lt;title&gt;' (`vep-lint explain title-format`) |
        | `status-transition` | ✅ pass | | |

        <details><summary>2 findings were there before this PR (they fail nothing)</summary>

        | file | check | was | finding | how to fix |
        | --- | --- | --- | --- | --- |
        | `veps/sig-compute/42-hotplug/vep.md` line 12:3 | `missing-section` | warning | \
        no \\`Alternatives\\` \\| &lt;b&gt;x&lt;/b&gt; @&#8203;octocat | `vep-lint fix` |
        | `veps/sig-compute/42-hotplug/vep.md` line 20:1 | `missing-section` | error | no Risks | \
        Every template section is present (`vep-lint explain missing-section`) |

        </details>
        """);
  }

  @Test
  void oneFindingThereBeforeWithoutAFixAndOutsideAPullRequestNamesWhereItWas() {
    LintResult result = comparedResult(List.of(),
        List.of(finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "the title has no number")),
        "the base main (c59f6e8)");

    String summary = render(result, Optional.empty());
    assertThat(summary).startsWith("## vep-lint\n\n:white_check_mark: 1 changed file checked against `c59f6e899301`:"
            + " 0 errors, 0 warnings, 0 info new.\n\n:information_source: 1 finding was already there in the base main"
            + " (c59f6e8). It fails nothing and is listed at the end.\n")
        .contains("### ✅ `" + HOTPLUG + "`")
        .contains("| `title-format` | ➖ pre-existing | 1 finding was there before, listed at the end | |\n")
        .contains("<details><summary>1 finding was already there in the base main (c59f6e8) (it fails nothing)</summary>")
        .doesNotContain("vep-lint fix");

    Finding fixable = new Finding("title-format", Severity.ERROR, HOTPLUG, new SourcePosition(1, 1), "no number",
        Optional.of(Fix.insert("number it", HOTPLUG, new SourcePosition(1, 3), "VEP #42: ")));
    assertThat(render(comparedResult(List.of(), List.of(fixable), "x"), Optional.of("pull request #7")))
        .contains(":information_source: 1 finding was there before this PR; `vep-lint fix` fixes it. It fails nothing");
  }

  @Test
  void withoutNewOnlyFindingsThatWereThereBeforeStillFailAndAreListedWithTheOthers() {
    Finding old = finding("title-format", Severity.ERROR, HOTPLUG, 1, 1, "the title has no number");
    LintResult result = result(List.of(HOTPLUG), List.of(old), LintConfig.DEFAULTS, Optional.of("main"), true);
    result = result.withComparison(Comparison.match("the base main", List.of(old), List.of(BaselineEntry.of(old)), false));

    assertThat(render(result, Optional.of("pull request #42")))
        .contains(":x: 1 changed file checked against `main`: 1 error, 0 warnings, 0 info (pull request #42).\n")
        .contains("| `title-format` | ❌ fail | line 1:1: the title has no number |")
        .doesNotContain("there before", "<details>");
  }
}
