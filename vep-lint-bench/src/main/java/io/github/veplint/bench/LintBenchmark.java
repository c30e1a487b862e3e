package io.github.veplint.bench;

import io.github.veplint.lint.LintResult;
import io.github.veplint.lint.VepLinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of a warm linter: parse and lint one large VEP, and parse and lint a whole
 * repository (the shared corpus from {@code -Dvep.corpus=DIR}, else 69 synthetic VEPs of the
 * corpus's size mix). Files are read from disk on each run, from the page cache after the first: "in
 * memory" in the sense that no disk I/O is measured. Run with {@code java -jar
 * vep-lint-bench/target/vep-lint-bench.jar} (add {@code -Dvep.corpus=...} through {@code -jvmArgs}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LintBenchmark {

  /** The size of the largest VEP in the corpus (sig-compute/172), in bytes. */
  static final int LARGE_VEP_BYTES = 55_000;

  private Path scratch;
  private Path largeVep;
  private Path repository;
  private VepLinter linter;

  /** Writes the inputs and builds the linter (rule discovery is not measured). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    scratch = Files.createTempDirectory("vep-lint-bench");
    Path single = scratch.resolve("single");
    SyntheticVeps.generate(single, 0, 1L);
    largeVep = single.resolve(SyntheticVeps.directory(0)).resolve("vep.md");
    Files.createDirectories(largeVep.getParent());
    Files.writeString(largeVep, new SyntheticVeps(1L).vep(0, LARGE_VEP_BYTES));
    String corpus = System.getProperty("vep.corpus", "");
    Path real = corpus.isEmpty() ? null : Path.of(corpus, "kubevirt-enhancements");
    if (real != null && Files.isDirectory(real.resolve("veps"))) {
      repository = real;
    } else {
      repository = scratch.resolve("synthetic");
      SyntheticVeps.generate(repository, 69, 1L);
    }
    linter = VepLinter.builder().today(LocalDate.of(2026, 11, 25)).build();
  }

  /** Deletes the generated files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(scratch)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Parse and lint one VEP of the corpus's largest size (with its repository's template). */
  @Benchmark
  public LintResult largeVep() {
    return linter.lint(List.of(largeVep));
  }

  /** Parse and lint every VEP of a repository: the corpus when given, else 69 synthetic VEPs. */
  @Benchmark
  public LintResult wholeRepository() {
    return linter.lint(List.of(repository));
  }

  /** The repository {@link #wholeRepository} lints (for the smoke test and the report). */
  Path repository() {
    return repository;
  }
}
