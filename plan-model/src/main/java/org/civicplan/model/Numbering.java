package org.civicplan.model;

import org.immutables.value.Value;

/**
 * The number of a section or goal: its ordinal, the numeral as written, and the numbering style.
 *
 * <pre>{@code
 * Numbering two = Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA); // 二、
 * Numbering one = Numbering.of(1, "一", NumberingStyle.CHINESE_SHI);               // 一是
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Numbering {

  /** @return the ordinal value, {@code 2} for {@code 二}; never negative */
  @Value.Parameter
  public abstract int ordinal();

  /** @return the numeral as written, without its decoration: {@code 二}, {@code 3}, {@code ③} */
  @Value.Parameter
  public abstract String label();

  /** @return how the number is decorated */
  @Value.Parameter
  public abstract NumberingStyle style();

  /**
   * Creates a numbering.
   *
   * @param ordinal the ordinal value, not negative
   * @param label the numeral as written
   * @param style the numbering style
   * @return the numbering
   */
  public static Numbering of(int ordinal, String label, NumberingStyle style) {
    return ImmutableNumbering.of(ordinal, label, style);
  }

  @Value.Check
  void check() {
    Checks.require(ordinal() >= 0, "an ordinal is never negative, got %d", ordinal());
  }
}
