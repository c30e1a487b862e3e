package io.github.veplint.lint.cli;

import static io.github.veplint.lint.cli.PullRequestFixture.CLEAN;
import static io.github.veplint.lint.cli.PullRequestFixture.DEFERRED;
import static io.github.veplint.lint.cli.PullRequestFixture.DUPLICATE;
import static io.github.veplint.lint.cli.PullRequestFixture.FROZEN;
import static io.github.veplint.lint.cli.PullRequestFixture.LEGACY;
import static io.github.veplint.lint.cli.PullRequestFixture.OLDER;
import static io.github.veplint.lint.cli.PullRequestFixture.TYPO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veplint.lint.cli.PullRequestFixture.Run;
import io.github.veplint.model.Corpus;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.sh} on pull requests of the real kubevirt/enhancements repository, checked out as
 * actions/checkout does (one commit, depth 1), with GitHub-shaped event payloads: the base comes
 * from the payload and is fetched, only the changed files are linted, labels become {@code
 * --label}, and the verdicts equal those of a full clone.
 */
class GithubPullRequestIT {

  private static final Pattern ANNOTATION =
      Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),title=([a-z-]+)::(.*)");

  @TempDir Path work;

  private Run pullRequest(String branch, Map<String, String> inputs, String... labels) throws Exception {
    Path checkout = PullRequestFixture.checkout(work.resolve("checkout-" + branch), branch);
    Path event = PullRequestFixture.pullRequestEvent(work.resolve("event-" + branch + ".json"), branch, 42, labels);
    Map<String, String> env = new HashMap<>(PullRequestFixture.pullRequestEnv(event));
    env.put("INPUT_FORMAT", "json=" + work.resolve("report-" + branch + ".json"));
    env.putAll(inputs);
    return PullRequestFixture.run(checkout, work.resolve("run-" + branch), env);
  }

  private static List<Matcher> annotations(Run run) {
    List<Matcher> matchers = new ArrayList<>();
    for (String line : run.annotations()) {
      Matcher m = ANNOTATION.matcher(line);
      if (m.matches()) {
        matchers.add(m);
      }
    }
    return matchers;
  }

  /** The CLI on a full clone at the same commit, against the same base: what run.sh must match. */
  private JsonNode fullCloneReport(String branch, String... extra) throws Exception {
    Path clone = PullRequestFixture.fullClone(work.resolve("full-" + branch), branch);
    Path report = work.resolve("full-" + branch + ".json");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", PullRequestFixture.jar().toString(), "check", "--base", PullRequestFixture.base(), "--changed-only",
        "--format", "json=" + report));
    command.addAll(List.of(extra));
    Process process = new ProcessBuilder(command).directory(clone.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new ObjectMapper().readTree(report.toFile());
  }

  private JsonNode actionReport(String branch) throws Exception {
    return new ObjectMapper().readTree(work.resolve("report-" + branch + ".json").toFile());
  }

  @Test
  void aPullRequestAddingACleanVepPassesAlthoughOtherVepsHaveErrors() throws Exception {
    Run run = pullRequest("clean", Map.of());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).as("only the new VEP is linted: %s", run.out()).isZero();
    assertThat(run.annotations()).as("no finding in the new VEP").isEmpty();
    assertThat(run.outputs()).containsEntry("exit-code", "0").containsEntry("errors", "0")
        .containsEntry("base", PullRequestFixture.base());
    assertThat(run.summary()).contains("1 changed file checked against `" + PullRequestFixture.base().substring(0, 12) + "`")
        .contains("### ✅ `" + CLEAN + "`")
        .contains("| `status-transition` | ✅ pass |", "| `frontmatter-schema` | ✅ pass |")
        .doesNotContain("### ❌");
    JsonNode report = actionReport("clean");
    assertThat(report.path("files").toString()).isEqualTo("[\"" + CLEAN + "\"]");
    // The checkout was made whole, as template generations need.
    assertThat(PullRequestFixture.git(work.resolve("checkout-clean"), "rev-parse", "--is-shallow-repository").strip())
        .isEqualTo("false");

    // The same checkout without the pull request's context lints everything: the corpus's errors.
    Run everything = PullRequestFixture.run(work.resolve("checkout-clean"), work.resolve("run-all"), Map.of());
    assertThat(everything.exitCode()).isEqualTo(1);
    assertThat(Integer.parseInt(everything.outputs().get("errors"))).isGreaterThanOrEqualTo(41);

    assertThat(report.path("findings")).isEqualTo(fullCloneReport("clean").path("findings"));
  }

  @Test
  void theDefaultCheckoutOfTheMergeCommitGivesTheSameReport() throws Exception {
    // actions/checkout's default for pull_request: refs/pull/N/merge, the PR merged into its base.
    Path checkout = PullRequestFixture.checkout(work.resolve("checkout-merge"), "merge-clean");
    Path event = PullRequestFixture.pullRequestEvent(work.resolve("event-merge.json"), "clean", 42);
    Map<String, String> env = new HashMap<>(PullRequestFixture.pullRequestEnv(event));
    env.put("INPUT_FORMAT", "json=" + work.resolve("report-merge.json"));
    Run run = PullRequestFixture.run(checkout, work.resolve("run-merge"), env);

    assertThat(run.exitCode()).as("%s %s", run.out(), run.err()).isZero();
    JsonNode report = actionReport("merge");
    assertThat(report.path("files").toString()).isEqualTo("[\"" + CLEAN + "\"]");
    assertThat(report.path("findings")).isEqualTo(fullCloneReport("clean").path("findings"));
  }

  @Test
  void deferredToImplementedFailsWithAnAnnotationOnThatFileOnly() throws Exception {
    Run run = pullRequest("deferred-to-implemented", Map.of());

    assertThat(run.exitCode()).isEqualTo(1);
    List<Matcher> annotations = annotations(run);
    assertThat(annotations).isNotEmpty().allSatisfy(m -> assertThat(m.group(2)).isEqualTo(DEFERRED));
    assertThat(annotations).anySatisfy(m -> {
      assertThat(m.group(1)).isEqualTo("error");
      assertThat(m.group(5)).isEqualTo("status-transition");
      assertThat(m.group(3)).as("the status line").isEqualTo("5");
      assertThat(m.group(6)).contains("deferred", "implemented");
    });
    assertThat(run.summary()).contains("### ❌ `" + DEFERRED + "`").containsPattern("\\| `status-transition` \\| ❌ fail \\| line 5:\\d+: ");
    assertThat(actionReport("deferred-to-implemented").path("findings"))
        .isEqualTo(fullCloneReport("deferred-to-implemented").path("findings"));
  }

  @Test
  void anImplementableVepForV19AfterItsFreezeFailsAndTheFreezeExceptionLabelLiftsIt() throws Exception {
    Path schedules = Corpus.root().resolve("kubevirt-sig-release");
    Map<String, String> inputs = Map.of("INPUT_SCHEDULE", schedules.toString());

    Run frozen = pullRequest("frozen", inputs);
    assertThat(frozen.exitCode()).isEqualTo(1);
    assertThat(annotations(frozen)).anySatisfy(m -> {
      assertThat(m.group(1)).isEqualTo("error");
      assertThat(m.group(2)).isEqualTo(FROZEN);
      assertThat(m.group(5)).isEqualTo("vep-freeze");
      assertThat(m.group(6)).contains("v1.9");
    });
    assertThat(frozen.summary()).contains("| `vep-freeze` | ❌ fail |");
    assertThat(actionReport("frozen").path("findings"))
        .isEqualTo(fullCloneReport("frozen", "--schedule", schedules.toString()).path("findings"));

    // Labels in the payload become --label; freeze-exception lifts vep-freeze for the run.
    Files.walk(work).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    Run excepted = pullRequest("frozen", inputs, "kind/vep", "freeze-exception");
    assertThat(excepted.err()).isEmpty();
    assertThat(annotations(excepted)).noneSatisfy(m -> assertThat(m.group(5)).isEqualTo("vep-freeze"));
    assertThat(excepted.exitCode()).as("%s", excepted.out()).isZero();
  }

  @Test
  void aScheduleThatCannotBeFetchedIsAWarning() throws Exception {
    // Port 9 (discard) on the loopback interface: nothing listens, the fetch fails at once.
    Run run = pullRequest("frozen", Map.of("INPUT_SCHEDULE", "http://127.0.0.1:9/{release}/schedule.yaml"));

    assertThat(run.exitCode()).as("%s %s", run.out(), run.err()).isZero();
    assertThat(annotations(run)).anySatisfy(m -> {
      assertThat(m.group(1) + " " + m.group(5)).isEqualTo("warning vep-freeze");
      assertThat(m.group(2)).isEqualTo(FROZEN);
      assertThat(m.group(6)).contains("127.0.0.1:9");
    });
    assertThat(run.summary()).contains("| `vep-freeze` | ⚠️ warning |");
  }

  @Test
  void repositoryRulesStillSeeEveryVep() throws Exception {
    Run run = pullRequest("duplicate", Map.of());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(annotations(run)).anySatisfy(m -> {
      assertThat(m.group(2)).isEqualTo(DUPLICATE);
      assertThat(m.group(5)).isEqualTo("duplicate-number");
    });
    assertThat(annotations(run)).allSatisfy(m -> assertThat(m.group(2)).isEqualTo(DUPLICATE));
  }

  @Test
  void aNewVepWithoutFrontMatterFollowsTheTemplateAtTheBaseWhichHasNone() throws Exception {
    Run run = pullRequest("legacy", Map.of("INPUT_LABEL", "kind/vep"));

    // The bundle's template has no front matter block: an author who followed it is warned, not
    // failed (NewVersusPreExistingTest has the error when the base template has the block).
    assertThat(annotations(run)).anySatisfy(m -> {
      assertThat(m.group(1)).isEqualTo("warning");
      assertThat(m.group(2)).isEqualTo(LEGACY);
      assertThat(m.group(3) + ":" + m.group(4)).isEqualTo("1:1");
      assertThat(m.group(5)).isEqualTo("frontmatter-missing");
    });
    assertThat(annotations(run)).allSatisfy(m -> assertThat(m.group(2)).isEqualTo(LEGACY));
    assertThat(actionReport("legacy").path("findings")).isEqualTo(fullCloneReport("legacy").path("findings"));
  }

  @Test
  void anEditedOlderVepWarnsAndIsHeldToItsOwnTemplateGeneration() throws Exception {
    Run run = pullRequest("edit-older", Map.of());

    assertThat(run.exitCode()).as("an existing VEP without front matter is not failed: %s", run.out()).isZero();
    List<Matcher> annotations = annotations(run);
    assertThat(annotations).allSatisfy(m -> assertThat(m.group(2)).isEqualTo(OLDER));
    // The missing front matter was there before the pull request: a notice that says so.
    assertThat(annotations).anySatisfy(m -> {
      assertThat(m.group(1) + " " + m.group(5)).isEqualTo("notice frontmatter-missing");
      assertThat(m.group(3) + ":" + m.group(4)).isEqualTo("1:1");
      assertThat(m.group(6)).startsWith("pre-existing warning (there before this change): no front matter");
    });
    assertThat(actionReport("edit-older").path("findings")).allSatisfy(f ->
        assertThat(f.path("baseline").asText()).as("%s", f).isEqualTo("unchanged"));
    // template-outdated names the generation the VEP was written for: from the template's git
    // history, fetched into the depth-1 checkout, as in a full clone.
    assertThat(annotations).anySatisfy(m -> {
      assertThat(m.group(1) + " " + m.group(5)).isEqualTo("notice template-outdated");
      assertThat(m.group(6)).contains("written for the template of");
    });
    // Both findings were there before: the entry passes, and they are listed apart, collapsed.
    assertThat(run.summary()).contains("### ✅ `" + OLDER + "`",
        "| `frontmatter-missing` | ➖ pre-existing | 1 finding was there before, listed at the end | |",
        ":information_source: 2 findings were there before this PR. They fail nothing and are listed at the end.\n",
        "<details><summary>2 findings were there before this PR (they fail nothing)</summary>",
        "| `" + OLDER + "` line 1:1 | `frontmatter-missing` | warning | no front matter");
    assertThat(actionReport("edit-older").path("findings")).isEqualTo(fullCloneReport("edit-older").path("findings"));
  }

  @Test
  void aTypoFixInAVepWithLongStandingErrorsPassesAndShowsThemAsPreExisting() throws Exception {
    Run run = pullRequest("typo-fix", Map.of());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).as("only what the pull request brings fails: %s", run.out()).isZero();
    assertThat(run.outputs()).containsEntry("exit-code", "0");
    List<Matcher> annotations = annotations(run);
    assertThat(annotations).hasSize(3).allSatisfy(m -> {
      assertThat(m.group(1)).isEqualTo("notice");
      assertThat(m.group(2)).isEqualTo(TYPO);
      assertThat(m.group(6)).startsWith("pre-existing ");
    });
    assertThat(run.out()).contains("::notice file=" + TYPO + ",line=184,col=1,title=missing-section::pre-existing error"
        + " (there before this change): missing '## Alternatives' section required by the VEP template: add it (write N/A"
        + " if it does not apply); the VEP covers this topic under '### Deployment Alternatives:' (line 96): turn that into"
        + " the '## Alternatives' section, or add the section and point to it");
    assertThat(annotations).anySatisfy(m -> {
      assertThat(m.group(3) + ":" + m.group(4) + " " + m.group(5)).isEqualTo("227:1 missing-section");
      assertThat(m.group(6)).contains("'## Implementation History'");
    });
    assertThat(annotations).anySatisfy(m ->
        assertThat(m.group(3) + ":" + m.group(4) + " " + m.group(5)).isEqualTo("1:1 frontmatter-missing"));
    assertThat(run.summary())
        .contains(":white_check_mark: 1 changed file checked against `" + PullRequestFixture.base().substring(0, 12)
            + "`: 0 errors, 0 warnings, 0 info new (pull request #42).\n")
        .contains("\n:information_source: 3 findings were there before this PR; `vep-lint fix` fixes 1 of them."
            + " They fail nothing and are listed at the end.\n")
        .contains("### ✅ `" + TYPO + "`")
        .contains("| `missing-section` | ➖ pre-existing | 2 findings were there before, listed at the end | |\n")
        .contains("<details><summary>3 findings were there before this PR (they fail nothing)</summary>")
        .contains("| `" + TYPO + "` line 184:1 | `missing-section` | error | missing '## Alternatives' section")
        .contains("| `" + TYPO + "` line 227:1 | `missing-section` | error | missing '## Implementation History' section")
        .doesNotContain("❌");
    assertThat(actionReport("typo-fix").path("findings")).hasSize(3).allSatisfy(f ->
        assertThat(f.path("baseline").asText()).isEqualTo("unchanged"));

    // The same pull request with new-only: false fails for them, with error annotations.
    Path checkout = PullRequestFixture.checkout(work.resolve("checkout-strict"), "typo-fix");
    Map<String, String> env = new HashMap<>(PullRequestFixture.pullRequestEnv(
        PullRequestFixture.pullRequestEvent(work.resolve("event-strict.json"), "typo-fix", 42)));
    env.put("INPUT_NEW_ONLY", "false");
    Run strict = PullRequestFixture.run(checkout, work.resolve("run-strict"), env);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.outputs()).containsEntry("exit-code", "1").containsEntry("errors", "2");
    assertThat(strict.out()).contains("::error file=" + TYPO + ",line=184,col=1,title=missing-section::pre-existing error"
        + " (there before this change): missing '## Alternatives' section required by the VEP template: add it (write N/A"
        + " if it does not apply); the VEP covers this topic under '### Deployment Alternatives:' (line 96): turn that into"
        + " the '## Alternatives' section, or add the section and point to it");
    assertThat(annotations(strict)).anySatisfy(m ->
        assertThat(m.group(1) + " " + m.group(3) + ":" + m.group(4) + " " + m.group(5)).isEqualTo("warning 1:1 frontmatter-missing"));
    assertThat(strict.summary()).contains(":x: 1 changed file checked", ": 2 errors, 1 warning, 0 info (pull request #42).")
        .contains("### ❌ `" + TYPO + "`", "| `missing-section` | ❌ fail | line 184:1: missing '## Alternatives' section")
        .doesNotContain("there before this PR", "<details><summary>3 findings");
  }

  @Test
  void theBaseAndChangedOnlyInputsOverrideThePullRequest() throws Exception {
    Run everything = pullRequest("clean", Map.of("INPUT_CHANGED_ONLY", "false", "INPUT_NEW_ONLY", "false"));
    assertThat(everything.exitCode()).as("every VEP linted: the corpus's own errors").isEqualTo(1);
    assertThat(Integer.parseInt(everything.outputs().get("errors"))).isGreaterThanOrEqualTo(41);
    assertThat(everything.outputs()).containsEntry("base", PullRequestFixture.base());

    String head = PullRequestFixture.head("clean");
    Run againstItself = PullRequestFixture.run(work.resolve("checkout-clean"), work.resolve("run-self"),
        Map.of("GITHUB_EVENT_NAME", "pull_request", "GITHUB_EVENT_PATH", work.resolve("event-clean.json").toString(),
            "INPUT_BASE", head));
    assertThat(againstItself.exitCode()).isZero();
    assertThat(againstItself.outputs()).containsEntry("base", head);
    assertThat(againstItself.summary()).contains(":white_check_mark: 0 changed files checked against `" + head.substring(0, 12) + "`");
  }

  @Test
  void aPushLintsEverythingAgainstBefore() throws Exception {
    Path checkout = PullRequestFixture.checkout(work.resolve("checkout-push"), "clean");
    Path event = GithubEvents.push(work.resolve("push.json"), PullRequestFixture.base(), PullRequestFixture.head("clean"));
    Run run = PullRequestFixture.run(checkout, work.resolve("run-push"),
        Map.of("GITHUB_EVENT_NAME", "push", "GITHUB_EVENT_PATH", event.toString()));

    assertThat(run.outputs()).containsEntry("base", PullRequestFixture.base());
    assertThat(run.exitCode()).as("the corpus's own errors").isEqualTo(1);
    assertThat(run.summary()).doesNotContain("changed file").contains("files without errors or warnings are not listed");
  }
}
