package io.github.veplint.lint.spi;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts worked out once per run and shared by every file, such as the prompts of the repository's
 * template: created by the engine with the run's {@link LintContext} and dropped with the run.
 * Thread-safe: files are linted in parallel. Declare each as a {@code Fact<LintContext, V>}
 * constant.
 */
public final class RunFacts {

  private final LintContext context;
  private final Map<Fact<?, ?>, Object> facts = new ConcurrentHashMap<>();

  /** The facts of a run with this context. */
  public RunFacts(LintContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The fact for this run: computed once (another thread asking meanwhile waits for it). */
  @SuppressWarnings("unchecked")
  public <V> V get(Fact<LintContext, V> key) {
    return (V) facts.computeIfAbsent(key, k -> key.compute(context));
  }
}
