package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.veplint.lint.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The community's 128 real pull requests (the corpus bundle's first-parent commits touching {@code
 * veps/}) checked as the Action checks them: see {@link PullRequestReplay}.
 */
class PullRequestHistoryTest {

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
  }

  @AfterAll
  static void close() {
    if (replay != null) {
      replay.close();
    }
  }

  @Test
  void figures() throws Exception {
    StringBuilder out = new StringBuilder();
    int failingAll = 0;
    int failingNew = 0;
    int onlyPreExisting = 0;
    int newErrors = 0;
    int oldErrors = 0;
    for (PullRequestReplay.Pr pr : prs) {
      List<Finding> e = pr.errors();
      if (e.isEmpty()) {
        continue;
      }
      failingAll++;
      long fresh = e.stream().filter(f -> !pr.result().comparison().preExisting().contains(f)).count();
      newErrors += fresh;
      oldErrors += e.size() - fresh;
      if (fresh > 0) {
        failingNew++;
      } else {
        onlyPreExisting++;
      }
      out.append(pr.commit(), 0, 7).append(' ').append(pr.title()).append(": ").append(fresh).append(" new, ")
          .append(e.size() - fresh).append(" pre-existing\n");
      for (Finding f : e) {
        out.append(pr.result().comparison().preExisting().contains(f) ? "  old " : "  NEW ").append(f.file())
            .append(':').append(f.line()).append(' ').append(f.ruleId()).append(' ').append(f.message()).append('\n');
      }
    }
    out.insert(0, "PRs " + prs.size() + ", with errors " + failingAll + " (" + onlyPreExisting
        + " only pre-existing), failing with --new-only " + failingNew + "; errors new " + newErrors
        + ", pre-existing " + oldErrors + "\n");
    Files.writeString(Path.of("target/pull-request-replay.txt"), out);
    assertThat(prs).hasSize(128);
  }
}
