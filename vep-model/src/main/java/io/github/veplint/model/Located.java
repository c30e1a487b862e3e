package io.github.veplint.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value together with where it came from and where it sits in the file.
 *
 * @param value the value, never null
 * @param origin which part of the VEP supplied the value
 * @param position the value's first character (for path-derived values, line 1 column 1)
 * @param <T> the value's type
 */
public record Located<T>(T value, Origin origin, SourcePosition position) {

  /**
   * Rejects nulls: absence is modelled with {@code Optional<Located<T>>}.
   *
   * @param value the value, never null
   * @param origin which part of the VEP supplied the value
   * @param position the value's first character (for path-derived values, line 1 column 1)
   */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(position, "position");
  }

  /**
   * The same origin and position with a transformed value.
   *
   * @param <R> the type of the new value
   * @param mapper what to make of the value
   * @return the new value where this one was
   */
  public <R> Located<R> map(Function<? super T, ? extends R> mapper) {
    return new Located<>(mapper.apply(value), origin, position);
  }
}
