/**
 * Benchmarks for vep-lint: a generator of synthetic VEP repositories ({@link
 * io.github.veplint.bench.SyntheticVeps}) and JMH benchmarks of a warm linter ({@link
 * io.github.veplint.bench.LintBenchmark}). Cold-start CLI timings against markdownlint-cli2 are
 * taken by {@code bench/compare.sh}, never by tests. Not deployed.
 */
package io.github.veplint.bench;
