package io.github.veplint.lint.internal;

import io.github.veplint.model.Vep;
import java.util.function.Supplier;

/**
 * A fact about one VEP worked out once while its file is linted, though several rules and the
 * engine ask for it: the engine lints a file on one thread from parse to last rule, so remembering
 * the last VEP per thread is enough. Keyed by identity on the VEP and on a scope (the run's
 * context), so a new file or a new run works the fact out again. Holds one VEP per thread until
 * that thread lints the next.
 *
 * @param <V> the fact
 */
public final class PerFileMemo<V> {

  private final ThreadLocal<Entry<V>> last = new ThreadLocal<>();

  private record Entry<V>(Object scope, Vep vep, V value) {}

  /** The fact for {@code vep} in {@code scope}: remembered, or computed and remembered. */
  public V get(Object scope, Vep vep, Supplier<V> compute) {
    Entry<V> entry = last.get();
    if (entry != null && entry.vep() == vep && entry.scope() == scope) {
      return entry.value();
    }
    V value = compute.get();
    last.set(new Entry<>(scope, vep, value));
    return value;
  }
}
