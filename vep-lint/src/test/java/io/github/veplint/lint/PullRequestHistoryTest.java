package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import io.github.veplint.lint.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The community's 128 real pull requests (the corpus bundle's first-parent commits touching {@code
 * veps/}) checked as the Action checks them, with {@code --new-only}: see {@link PullRequestReplay}.
 * What still fails is {@code golden/pull-request-history.txt}, every error of which is judged in
 * {@code golden/pull-request-history.review.md}. After a reviewed change of behaviour, regenerate
 * with {@code -Dvep.golden.update=true} and review the diff. The figures of the last run are in
 * {@code target/pull-request-replay.txt}.
 */
class PullRequestHistoryTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/pull-request-history.txt");
  private static final Path REVIEW = Path.of("src/test/resources/golden/pull-request-history.review.md");
  /** A judged error: {@code - `COMMIT file:line:col rule` TRUE: why}. */
  private static final Pattern REVIEWED = Pattern.compile("(?m)^- `([0-9a-f]{7} [^`]+:\\d+:\\d+ [a-z-]+)` (TRUE|FALSE)\\b");
  private static final String NORMALIZE_339 = "Normalize VEP directory names across all sigs (#339)";

  @TempDir static Path dir;
  private static PullRequestReplay replay;
  private static List<PullRequestReplay.Pr> prs;

  @BeforeAll
  static void replayTheHistory() throws Exception {
    replay = PullRequestReplay.cloneBundle(dir.resolve("enhancements"));
    prs = new ArrayList<>();
    for (RevCommit commit : replay.pullRequests()) {
      prs.add(replay.replay(commit, b -> b.newOnly(true)));
    }
    Files.writeString(Path.of("target/pull-request-replay.txt"), figures(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() {
    if (replay != null) {
      replay.close();
    }
  }

  private static boolean isNew(PullRequestReplay.Pr pr, Finding finding) {
    return !pr.result().comparison().preExisting().contains(finding);
  }

  @Test
  void everyPullRequestFailsForWhatItBringsAndNeverForWhatWasThereBefore() {
    assertThat(prs).hasSize(128);
    for (PullRequestReplay.Pr pr : prs) {
      boolean newErrors = pr.errors().stream().anyMatch(f -> isNew(pr, f));
      assertThat(pr.result().failsAt(Severity.ERROR)).as("%s %s", pr.commit(), pr.title()).isEqualTo(newErrors);
      assertThat(pr.result().comparison().compared()).isTrue();
    }
  }

  @Test
  void theDirectoryNormalisationOnlyRenamesSoItHasNoNewError() {
    PullRequestReplay.Pr pr = prs.stream().filter(p -> p.title().equals(NORMALIZE_339)).findFirst().orElseThrow();

    assertThat(pr.result().files()).hasSizeGreaterThan(50);
    assertThat(pr.errors()).filteredOn(f -> isNew(pr, f)).isEmpty();
    assertThat(pr.result().findings()).noneMatch(f -> f.ruleId().equals("frontmatter-missing")
        && f.severity() == Severity.ERROR);
    assertThat(pr.result().failsAt(Severity.ERROR)).isFalse();
  }

  @Test
  void aNewVepWrittenFromATemplateWithoutFrontMatterNeedsNone() {
    // No template of the bundle's history has a front matter block.
    for (PullRequestReplay.Pr pr : prs) {
      assertThat(pr.errors()).as("%s %s", pr.commit(), pr.title())
          .noneMatch(f -> f.ruleId().equals("frontmatter-missing"));
    }
  }

  @Test
  void whatStillFailsIsTheReviewedList() throws Exception {
    String actual = failing();
    if (Boolean.getBoolean("vep.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void everyRemainingErrorIsReviewedAndNoneIsJudgedFalse() throws Exception {
    Set<String> errors = new TreeSet<>();
    for (PullRequestReplay.Pr pr : prs) {
      pr.errors().stream().filter(f -> isNew(pr, f)).forEach(f -> errors.add(key(pr, f)));
    }
    GoldenReports.assertEveryErrorJudgedTrue(errors, REVIEW, REVIEWED);
  }

  private static String key(PullRequestReplay.Pr pr, Finding f) {
    return pr.commit().substring(0, 7) + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId();
  }

  /** The pull requests that fail with --new-only, each with its new errors. */
  private static String failing() {
    StringBuilder out = new StringBuilder();
    for (PullRequestReplay.Pr pr : prs) {
      List<Finding> fresh = pr.errors().stream().filter(f -> isNew(pr, f)).toList();
      if (fresh.isEmpty()) {
        continue;
      }
      out.append(pr.commit(), 0, 7).append(' ').append(pr.date()).append(' ').append(pr.title()).append('\n');
      for (Finding f : fresh) {
        out.append("  ").append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(' ')
            .append(f.ruleId()).append(' ').append(f.message()).append('\n');
      }
    }
    return out.toString();
  }

  /** Every PR with errors, each error marked NEW or old, and the totals on the first line. */
  private static String figures() {
    StringBuilder out = new StringBuilder();
    int withErrors = 0;
    int failing = 0;
    int newErrors = 0;
    int oldErrors = 0;
    for (PullRequestReplay.Pr pr : prs) {
      List<Finding> errors = pr.errors();
      if (errors.isEmpty()) {
        continue;
      }
      withErrors++;
      long fresh = errors.stream().filter(f -> isNew(pr, f)).count();
      newErrors += fresh;
      oldErrors += errors.size() - fresh;
      failing += fresh > 0 ? 1 : 0;
      out.append(pr.commit(), 0, 7).append(' ').append(pr.title()).append(": ").append(fresh).append(" new, ")
          .append(errors.size() - fresh).append(" pre-existing\n");
      for (Finding f : errors) {
        out.append(isNew(pr, f) ? "  NEW " : "  old ").append(f.file()).append(':').append(f.line()).append(' ')
            .append(f.ruleId()).append(' ').append(f.message()).append('\n');
      }
    }
    out.insert(0, "PRs " + prs.size() + ", with errors " + withErrors + " (" + (withErrors - failing)
        + " only pre-existing), failing with --new-only " + failing + "; errors new " + newErrors
        + ", pre-existing " + oldErrors + "\n");
    return out.toString();
  }
}
