package io.github.veplint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veplint.model.Corpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 65 VEPs written or revised after the corpus snapshot ({@code kubevirt-enhancements-newer}:
 * main and open pull requests, the proposed newest template, no git history), linted with the
 * default configuration, compared finding by finding with a reviewed JSON report.
 *
 * <p>Nothing there was written for vep-lint, so this is what a new user sees. Every error of the
 * report is judged in {@code golden/kubevirt-enhancements-newer.review.md} (true, and why); the
 * test fails when an error is not listed there, or a listed one is no longer raised, so a new error
 * cannot reach the golden report unreviewed. After a reviewed change, regenerate with {@code
 * -Dvep.golden.update=true} and review the diff.
 */
class NewerCorpusGoldenTest {

  /** After the newest VEP of the set (2026-11), so date-based rules give the same answer any day. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/kubevirt-enhancements-newer.json");
  private static final Path REVIEW =
      Path.of("src/test/resources/golden/kubevirt-enhancements-newer.review.md");

  /** A reviewed error in the notes: {@code - `file:line:col rule` TRUE: why}. */
  private static final Pattern REVIEWED =
      Pattern.compile("(?m)^- `([^`:]+:\\d+:\\d+ [a-z-]+)` (TRUE|FALSE)\\b");

  @Test
  void newerCorpusReportEqualsTheReviewedOne() throws Exception {
    GoldenReports.assertEqualsReviewed(GoldenReports.report(Corpus.newerEnhancements(), TODAY), GOLDEN);
  }

  /** Every error of the report is judged in the review notes, and every judged one is raised. */
  @Test
  void everyErrorIsReviewedAndNoneIsJudgedFalse() throws Exception {
    JsonNode golden = GoldenReports.read(GOLDEN);
    Set<String> errors = new TreeSet<>();
    for (JsonNode f : golden.get("findings")) {
      if (f.get("severity").asText().equals("error")) {
        errors.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":"
            + f.get("column").asInt() + " " + f.get("rule").asText());
      }
    }
    GoldenReports.assertEveryErrorJudgedTrue(errors, REVIEW, REVIEWED);
  }
}
