package io.github.veplint.lint.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * A fact worked out at most once per scope and then kept: per file ({@code Fact<VepFile, V>},
 * asked through {@link VepFile#fact}) or per run ({@code Fact<LintContext, V>}, asked through
 * {@link RunFacts#get}). Keys are compared by identity: declare each as a constant.
 *
 * @param <S> what the fact is worked out from: the {@link VepFile} or the run's {@link LintContext}
 * @param <V> the fact's type
 */
public final class Fact<S, V> {

  private final String name;
  private final Function<S, V> compute;

  private Fact(String name, Function<S, V> compute) {
    this.name = Objects.requireNonNull(name, "name");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** A fact named (for debugging) {@code name}, worked out from its scope by {@code compute}. */
  public static <S, V> Fact<S, V> of(String name, Function<S, V> compute) {
    return new Fact<>(name, compute);
  }

  /** Works the fact out from its scope. */
  V compute(S scope) {
    return compute.apply(scope);
  }

  @Override
  public String toString() {
    return "Fact[" + name + "]";
  }
}
