package org.civicplan.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An interim value an indicator should reach by the end of a period, such as a quarterly step.
 *
 * <pre>{@code
 * Milestone q2 = Milestone.of(Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
 *     new BigDecimal("4"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Milestone {

  /** @return the period by whose end the value is due */
  @Value.Parameter
  public abstract Period period();

  /** @return the value, in the indicator's unit */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * @param period the period by whose end the value is due
   * @param value the value
   * @return the milestone
   */
  public static Milestone of(Period period, BigDecimal value) {
    return ImmutableMilestone.of(period, value);
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Milestone withPeriod(Period period);

  /**
   * A copy with {@link #value()} replaced, sharing every other attribute unchanged.
   *
   * @param value the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Milestone withValue(BigDecimal value);

}
