package io.github.veplint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark once, in this JVM, for a fraction of a second: the harness, the
 * generated benchmark classes and the benchmarks' setup keep working. Times are not looked at.
 */
class HarnessSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(LintBenchmark.class.getName())
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .timeUnit(TimeUnit.MILLISECONDS)
            .shouldFailOnError(true)
            .jvmArgs("-Dvep.corpus=")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).hasSize(2);
  }

  @Test
  void benchmarkMethodsReturnFindings() throws Exception {
    LintBenchmark benchmark = new LintBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.largeVep().files()).hasSize(1);
      assertThat(benchmark.wholeRepository().files()).isNotEmpty();
    } finally {
      benchmark.tearDown();
    }
  }
}
