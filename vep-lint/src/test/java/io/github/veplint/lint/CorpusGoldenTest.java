package io.github.veplint.lint;


import io.github.veplint.model.Corpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole real corpus, linted with the default configuration, compared finding by finding with a
 * reviewed JSON report. Every finding in {@code golden/kubevirt-enhancements.json} was read as a
 * KubeVirt maintainer would; a change of behaviour shows up here as lines added or removed.
 *
 * <p>After a reviewed change of behaviour, regenerate with {@code -Dvep.golden.update=true} and
 * review the diff before committing it.
 */
class CorpusGoldenTest {

  /** The corpus snapshot's date, so date-based rules give the same answer on any day. */
  static final LocalDate TODAY = LocalDate.of(2026, 8, 18);

  private static final Path GOLDEN = Path.of("src/test/resources/golden/kubevirt-enhancements.json");

  @Test
  void corpusReportEqualsTheReviewedOne() throws Exception {
    GoldenReports.assertEqualsReviewed(GoldenReports.report(Corpus.enhancements(), TODAY), GOLDEN);
  }

  /**
   * A clone of the corpus bundle, linted with its git history (template generations and file
   * creation dates read from git), gives the same reviewed findings as the plain copy, plus two:
   * the images of sig-compute/191 were dropped from every commit of the bundle, while the plain
   * copy lists them in {@code .binary-files-not-included.txt} as missing in the copy only.
   */
  @Test
  void bundleCloneReportEqualsTheReviewedOne(@TempDir Path clone) throws Exception {
    TestRepository.cloneCorpusBundle(clone);

    Set<String> expected = GoldenReports.findingLines(GoldenReports.read(GOLDEN));
    String proxy = "veps/sig-compute/191-decentralized-migration-proxy/";
    for (String image : List.of("77:1 l2_4cluster.png", "83:1 proxy_cluster.png")) {
      String[] parts = image.split(" ");
      expected.add(
          proxy + "vep.md:" + parts[0] + " warning broken-link image '" + parts[1]
              + "' points at '" + proxy + parts[1] + "', which does not exist: fix the path, or"
              + " add the file to the VEP's directory");
    }
    Set<String> actual = GoldenReports.findingLines(GoldenReports.report(clone, TODAY));
    GoldenReports.assertSameFindings(actual, expected, "reviewed findings not raised on the clone");
  }
}
