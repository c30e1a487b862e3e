package io.github.veplint.lint.spi;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Facts worked out once per run and shared by every file, such as the prompts of the repository's
 * template: created by the engine with the run's {@link LintContext} and dropped with the run.
 * Thread-safe: files are linted in parallel.
 */
public final class RunFacts {

  /**
   * A fact about a run, computed at most once per {@link RunFacts}. Keys are compared by identity:
   * declare each as a constant.
   *
   * @param <V> the fact's type
   */
  public static final class Fact<V> {
    private final String name;
    private final Function<LintContext, V> compute;

    private Fact(String name, Function<LintContext, V> compute) {
      this.name = Objects.requireNonNull(name, "name");
      this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** A fact named (for debugging) {@code name}, computed from the run's context by {@code compute}. */
    public static <V> Fact<V> of(String name, Function<LintContext, V> compute) {
      return new Fact<>(name, compute);
    }

    @Override
    public String toString() {
      return "RunFacts.Fact[" + name + "]";
    }
  }

  private final LintContext context;
  private final Map<Fact<?>, Object> facts = new ConcurrentHashMap<>();

  /** The facts of a run with this context. */
  public RunFacts(LintContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The fact for this run: computed once (another thread asking meanwhile waits for it). */
  @SuppressWarnings("unchecked")
  public <V> V get(Fact<V> key) {
    return (V) facts.computeIfAbsent(key, k -> ((Fact<?>) k).compute.apply(context));
  }
}
