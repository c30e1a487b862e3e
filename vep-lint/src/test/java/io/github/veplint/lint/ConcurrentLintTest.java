package io.github.veplint.lint;

import io.github.veplint.lint.finding.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.veplint.model.Corpus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The library is safe to call from many threads at once: eight concurrent lints of the real corpus,
 * half with one shared {@link VepLinter} and half with a linter each, all give the single-threaded
 * result. (Each lint also runs its files in parallel, so the engine's own threads join in.)
 */
class ConcurrentLintTest {

  private static final int THREADS = 8;
  private static final int RUNS_PER_THREAD = 1;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void concurrentLintsOfTheCorpusGiveIdenticalResults() {
    Path corpus = Corpus.enhancements();
    VepLinter shared = VepLinter.builder().today(TODAY).build();
    LintResult expected = shared.lint(List.of(corpus));
    assertThat(expected.findings()).hasSizeGreaterThan(100);

    List<LintResult> results =
        assertTimeoutPreemptively(
            Duration.ofMinutes(5),
            () -> {
              ExecutorService pool = Executors.newFixedThreadPool(THREADS);
              CountDownLatch start = new CountDownLatch(1);
              try {
                List<Future<LintResult>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                  boolean own = t % 2 == 1;
                  for (int r = 0; r < RUNS_PER_THREAD; r++) {
                    Callable<LintResult> lint =
                        () -> {
                          start.await();
                          VepLinter linter = own ? VepLinter.builder().today(TODAY).build() : shared;
                          return linter.lint(List.of(corpus));
                        };
                    futures.add(pool.submit(lint));
                  }
                }
                start.countDown();
                List<LintResult> all = new ArrayList<>();
                for (Future<LintResult> future : futures) {
                  all.add(future.get());
                }
                return all;
              } finally {
                pool.shutdownNow();
              }
            });

    assertThat(results).hasSize(THREADS * RUNS_PER_THREAD);
    for (LintResult result : results) {
      assertThat(result.files()).isEqualTo(expected.files());
      assertThat(sorted(result)).isEqualTo(sorted(expected));
    }
  }

  private static List<Finding> sorted(LintResult result) {
    return result.findings().stream().sorted().toList();
  }
}
