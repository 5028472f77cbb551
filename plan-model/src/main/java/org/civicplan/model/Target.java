package org.civicplan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target of an {@link Indicator}: a value, how it is compared, and its unit. Baselines,
 * milestones and actuals of the indicator are in the same unit.
 *
 * <pre>{@code
 * Target nine = Target.builder()
 *     .comparator(Comparator.EXACTLY)
 *     .value(new BigDecimal("9"))
 *     .unit(MeasureUnit.of("处"))
 *     .build();
 * Target range = Target.builder()
 *     .comparator(Comparator.BETWEEN)
 *     .value(new BigDecimal("6")).upperValue(new BigDecimal("8"))
 *     .unit(MeasureUnit.of("%"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Target {

  /** @return how the value is to be compared with what is achieved */
  public abstract Comparator comparator();

  /** @return the target value (the lower bound for {@link Comparator#BETWEEN}), exact */
  public abstract BigDecimal value();

  /** @return the upper bound; present exactly when the comparator is {@link Comparator#BETWEEN} */
  public abstract Optional<BigDecimal> upperValue();

  /** @return the unit, absent for a bare number */
  public abstract Optional<MeasureUnit> unit();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #comparator()} replaced, sharing every other attribute unchanged.
   *
   * @param comparator the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withComparator(Comparator comparator);

  /**
   * A copy with {@link #value()} replaced, sharing every other attribute unchanged.
   *
   * @param value the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withValue(BigDecimal value);

  /**
   * A copy with {@link #upperValue()} replaced, sharing every other attribute unchanged.
   *
   * @param upperValue the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withUpperValue(BigDecimal upperValue);

  /**
   * A copy with {@link #upperValue()} replaced, sharing every other attribute unchanged.
   *
   * @param upperValue the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withUpperValue(Optional<? extends BigDecimal> upperValue);

  /**
   * A copy with {@link #unit()} replaced, sharing every other attribute unchanged.
   *
   * @param unit the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withUnit(MeasureUnit unit);

  /**
   * A copy with {@link #unit()} replaced, sharing every other attribute unchanged.
   *
   * @param unit the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Target withUnit(Optional<? extends MeasureUnit> unit);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}. Not thread-safe. */
  public static class Builder extends ImmutableTarget.Builder {}

  @Value.Check
  void check() {
    boolean between = comparator() == Comparator.BETWEEN;
    Checks.require(
        between == upperValue().isPresent(),
        between
            ? "a BETWEEN target needs an upper value"
            : "only a BETWEEN target has an upper value, this one is %s",
        comparator());
    upperValue()
        .ifPresent(
            upper ->
                Checks.require(
                    upper.compareTo(value()) >= 0,
                    "a BETWEEN target's upper value %s is below its value %s",
                    upper,
                    value()));
  }
}
