package org.civicplan.model;

import java.util.Map;
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

  /**
   * The indicators the goal's own lead-in states, such as {@code （一）地区生产总值增长7%以上。}: targets of the goal as a
   * whole, not of one of its initiatives. Assigned ids {@code <goal id>.k1}, {@code .k2}… when built without one.
   *
   * @return the goal's own indicators, in document order
   */
  public abstract List<Indicator> indicators();

  /** @return the goal's initiatives, in document order */
  public abstract List<Initiative> initiatives();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withId(String id);

  /**
   * A copy with {@link #number()} replaced, sharing every other attribute unchanged.
   *
   * @param number the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withNumber(Numbering number);

  /**
   * A copy with {@link #number()} replaced, sharing every other attribute unchanged.
   *
   * @param number the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withNumber(Optional<? extends Numbering> number);

  /**
   * A copy with {@link #name()} replaced, sharing every other attribute unchanged.
   *
   * @param name the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withName(String name);

  /**
   * A copy with {@link #statement()} replaced, sharing every other attribute unchanged.
   *
   * @param statement the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withStatement(String statement);

  /**
   * A copy with {@link #statement()} replaced, sharing every other attribute unchanged.
   *
   * @param statement the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withStatement(Optional<String> statement);

  /**
   * A copy with {@link #narrative()} replaced, sharing every other attribute unchanged.
   *
   * @param narrative the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withNarrative(Iterable<String> narrative);

  /**
   * A copy with {@link #initiatives()} replaced, sharing every other attribute unchanged.
   *
   * @param initiatives the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Goal withInitiatives(Iterable<? extends Initiative> initiatives);

  /**
   * A copy with {@link #indicators()} replaced, sharing every other attribute unchanged.
   *
   * @param indicators the new value
   * @return the copy
   */
  public abstract Goal withIndicators(Iterable<? extends Indicator> indicators);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}. Not thread-safe. */
  public static class Builder extends ImmutableGoal.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
    Checks.checkSiblingIds(indicators(), "indicators");
    Checks.checkSiblingIds(initiatives(), "initiatives");
  }
}
