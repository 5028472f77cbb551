package org.civicplan.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of calendar days, both ends included: a plan's year, a quarter, the period an actual
 * was reported for.
 *
 * <pre>{@code
 * Period year = Period.calendarYear(2024);                // 2024-01-01..2024-12-31
 * Period q1 = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)).withLabel("2024Q1");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Period {

  /** @return the first day */
  @Value.Parameter
  public abstract LocalDate start();

  /** @return the last day, never before {@link #start()} */
  @Value.Parameter
  public abstract LocalDate end();

  /** @return how the period is named in the source, such as {@code 2024年一季度} */
  public abstract Optional<String> label();

  /**
   * @param start the first day
   * @param end the last day
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }

  /**
   * @param year the year
   * @return 1 January to 31 December of {@code year}
   */
  public static Period calendarYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * @param date a day
   * @return whether the day lies in this period
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * @param other another period
   * @return whether {@code other} lies wholly inside this period
   */
  public boolean contains(Period other) {
    return contains(other.start()) && contains(other.end());
  }

  @Value.Check
  void check() {
    Checks.require(!end().isBefore(start()), "a period ends (%s) before it starts (%s)", end(), start());
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #start()} replaced, sharing every other attribute unchanged.
   *
   * @param start the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Period withStart(LocalDate start);

  /**
   * A copy with {@link #end()} replaced, sharing every other attribute unchanged.
   *
   * @param end the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Period withEnd(LocalDate end);

  /**
   * A copy with {@link #label()} replaced, sharing every other attribute unchanged.
   *
   * @param label the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Period withLabel(String label);

  /**
   * A copy with {@link #label()} replaced, sharing every other attribute unchanged.
   *
   * @param label the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Period withLabel(Optional<String> label);

}
