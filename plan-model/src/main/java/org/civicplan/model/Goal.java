package org.civicplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal inside a {@link Section}, introduced as {@code （一）…} or {@code 一是…}: its number,
 * its name and statement, the narrative that follows, and the initiatives it holds.
 *
 * <p>The lead-in {@code 一是招商引资，挖掘更大潜力。} gives number 1, name 招商引资 and statement
 * 挖掘更大潜力.
 *
 * <pre>{@code
 * Goal investment = Goal.builder()
 *     .number(Numbering.of(1, "一", NumberingStyle.CHINESE_SHI))
 *     .name("招商引资")
 *     .statement("挖掘更大潜力")
 *     .addInitiative(Initiative.builder().text("聚焦存量中的增量、增量中的质量").build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Goal implements PlanElement {

  Goal() {}

  /** {@inheritDoc} Assigned as {@code <section id>.g1}, {@code .g2}… when absent. */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.GOAL;
  }

  /** @return the goal's number, absent in documents that do not number their goals */
  public abstract Optional<Numbering> number();

  /** @return the goal's short name, such as 招商引资; may be empty if the source gives none */
  public abstract String name();

  /** @return what the goal aims at, such as 挖掘更大潜力, if stated */
  public abstract Optional<String> statement();

  /** @return the narrative paragraphs as written, before they are split into initiatives */
  public abstract List<String> narrative();

  /** @return the goal's initiatives, in document order */
  public abstract List<Initiative> initiatives();

  /**
   * The element's weight among its siblings when progress is rolled up (权重): relative, never
   * negative, equal for every sibling when absent. Weights are normalized over the siblings that
   * have a progress, so a parent's progress always lies between its children's.
   *
   * @return the weight, if one is set
   */
  public abstract Optional<java.math.BigDecimal> weight();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}. Not thread-safe. */
  public static class Builder extends ImmutableGoal.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
    Checks.checkWeight(weight());
    Checks.checkSiblingIds(initiatives(), "initiatives");
  }
}
