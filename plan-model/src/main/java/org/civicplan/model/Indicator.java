package org.civicplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable indicator (指标) of an {@link Initiative}, of a {@link Goal} or {@link Section} whose
 * own heading states it, or of the whole {@link Plan} ({@link Plan#targets()}): what is measured, where it starts,
 * where it should get to, and what has been reported so far.
 *
 * <p>Every value is an exact {@link java.math.BigDecimal}. An indicator without a target, or a
 * target without a unit, can be represented: finding such gaps is the job of the rules module.
 *
 * <pre>{@code
 * Indicator boutique = Indicator.builder()
 *     .name("精品小区建设")
 *     .measureKind(MeasureKind.COUNT)
 *     .target(Target.builder()
 *         .comparator(Comparator.EXACTLY)
 *         .value(new BigDecimal("9"))
 *         .unit(MeasureUnit.of("处"))
 *         .build())
 *     .direction(Direction.INCREASE)
 *     .attribute(IndicatorAttribute.EXPECTED)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Indicator implements PlanElement {

  Indicator() {}

  /**
   * {@inheritDoc} Assigned from its owner and position when absent: {@code <initiative id>.k1},
   * {@code <goal id>.k1}, {@code <section id>.k1}, or {@code t1} for a plan target.
   */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.INDICATOR;
  }

  /** @return what is measured, such as 精品小区建设 */
  public abstract String name();

  /** @return the kind of quantity measured */
  public abstract MeasureKind measureKind();

  /** @return where the indicator starts from, if stated */
  public abstract Optional<Baseline> baseline();

  /** @return the value to reach, if stated */
  public abstract Optional<Target> target();

  /** @return interim values to reach by the end of each period, in period order as given */
  public abstract List<Milestone> milestones();

  /** @return which way the indicator should move, if stated */
  public abstract Optional<Direction> direction();

  /** @return 预期性 (expected) or 约束性 (binding), if stated */
  public abstract Optional<IndicatorAttribute> attribute();

  /** @return values reported so far, in the order given */
  public abstract List<Actual> actuals();

  /**
   * The unit of all the indicator's values: the unit of its target.
   *
   * @return the unit, if the indicator has a target with a unit
   */
  public final Optional<MeasureUnit> unit() {
    return target().flatMap(Target::unit);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. Not thread-safe. */
  public static class Builder extends ImmutableIndicator.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
  }
}
