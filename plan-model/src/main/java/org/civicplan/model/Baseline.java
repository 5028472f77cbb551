package org.civicplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an indicator starts from: a value and the period it was measured in.
 *
 * <pre>{@code
 * Baseline b = Baseline.builder()
 *     .value(new BigDecimal("85.5"))
 *     .period(Period.calendarYear(2023))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Baseline {

  /** @return the value, in the indicator's unit */
  public abstract BigDecimal value();

  /** @return when it was measured, if known */
  public abstract Optional<Period> period();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #value()} replaced, sharing every other attribute unchanged.
   *
   * @param value the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Baseline withValue(BigDecimal value);

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Baseline withPeriod(Period period);

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Baseline withPeriod(Optional<? extends Period> period);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}. Not thread-safe. */
  public static class Builder extends ImmutableBaseline.Builder {}
}
