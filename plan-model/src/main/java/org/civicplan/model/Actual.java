package org.civicplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value reported for an indicator over a period (实际完成值), with an optional note.
 *
 * <pre>{@code
 * Actual firstHalf = Actual.builder()
 *     .period(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
 *     .value(new BigDecimal("5"))
 *     .note("五环大楼等5处已完工")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Actual {

  /** @return the period the value was reported for */
  public abstract Period period();

  /** @return the reported value, in the indicator's unit */
  public abstract BigDecimal value();

  /** @return a note on the report, if any */
  public abstract Optional<String> note();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Actual withPeriod(Period period);

  /**
   * A copy with {@link #value()} replaced, sharing every other attribute unchanged.
   *
   * @param value the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Actual withValue(BigDecimal value);

  /**
   * A copy with {@link #note()} replaced, sharing every other attribute unchanged.
   *
   * @param note the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Actual withNote(String note);

  /**
   * A copy with {@link #note()} replaced, sharing every other attribute unchanged.
   *
   * @param note the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Actual withNote(Optional<String> note);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actual}. Not thread-safe. */
  public static class Builder extends ImmutableActual.Builder {}
}
