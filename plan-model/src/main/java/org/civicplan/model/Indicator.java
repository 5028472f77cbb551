package org.civicplan.model;

import java.util.Map;
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

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withId(String id);

  /**
   * A copy with {@link #name()} replaced, sharing every other attribute unchanged.
   *
   * @param name the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withName(String name);

  /**
   * A copy with {@link #measureKind()} replaced, sharing every other attribute unchanged.
   *
   * @param measureKind the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withMeasureKind(MeasureKind measureKind);

  /**
   * A copy with {@link #baseline()} replaced, sharing every other attribute unchanged.
   *
   * @param baseline the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withBaseline(Baseline baseline);

  /**
   * A copy with {@link #baseline()} replaced, sharing every other attribute unchanged.
   *
   * @param baseline the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withBaseline(Optional<? extends Baseline> baseline);

  /**
   * A copy with {@link #target()} replaced, sharing every other attribute unchanged.
   *
   * @param target the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withTarget(Target target);

  /**
   * A copy with {@link #target()} replaced, sharing every other attribute unchanged.
   *
   * @param target the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withTarget(Optional<? extends Target> target);

  /**
   * A copy with {@link #milestones()} replaced, sharing every other attribute unchanged.
   *
   * @param milestones the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withMilestones(Iterable<? extends Milestone> milestones);

  /**
   * A copy with {@link #direction()} replaced, sharing every other attribute unchanged.
   *
   * @param direction the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withDirection(Direction direction);

  /**
   * A copy with {@link #direction()} replaced, sharing every other attribute unchanged.
   *
   * @param direction the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withDirection(Optional<? extends Direction> direction);

  /**
   * A copy with {@link #attribute()} replaced, sharing every other attribute unchanged.
   *
   * @param attribute the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withAttribute(IndicatorAttribute attribute);

  /**
   * A copy with {@link #attribute()} replaced, sharing every other attribute unchanged.
   *
   * @param attribute the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withAttribute(Optional<? extends IndicatorAttribute> attribute);

  /**
   * A copy with {@link #actuals()} replaced, sharing every other attribute unchanged.
   *
   * @param actuals the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Indicator withActuals(Iterable<? extends Actual> actuals);

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
