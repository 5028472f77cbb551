package org.civicplan.model;

import org.immutables.value.Value;

/**
 * The number of a section or goal: its ordinal, the numeral as written, and the numbering style.
 *
 * <pre>{@code
 * Numbering two = Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA); // 二、
 * Numbering one = Numbering.of(1, "一", NumberingStyle.CHINESE_SHI);               // 一是
 * two.marker();                                                                    // "二、"
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

  /**
   * The number as a document writes it: {@code 一、}, {@code （一）}, {@code 一是}, {@code 第一，},
   * {@code 1.}, {@code 1、}, {@code （1）}, {@code ①}; the bare label for {@link
   * NumberingStyle#CIRCLED} and {@link NumberingStyle#OTHER}.
   *
   * @return the label with its decoration
   */
  public final String marker() {
    String label = label();
    switch (style()) {
      case CHINESE_ENUMERATION_COMMA:
      case ARABIC_ENUMERATION_COMMA:
        return label + "、";
      case CHINESE_PARENTHESIZED:
      case ARABIC_PARENTHESIZED:
        return "（" + label + "）";
      case CHINESE_SHI:
        return label + "是";
      case CHINESE_ORDINAL:
        return "第" + label + "，";
      case ARABIC_DOT:
        return label + ".";
      case CIRCLED:
      case OTHER:
      default:
        return label;
    }
  }

  @Value.Check
  void check() {
    Checks.require(ordinal() >= 0, "an ordinal is never negative, got %d", ordinal());
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #ordinal()} replaced, sharing every other attribute unchanged.
   *
   * @param ordinal the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Numbering withOrdinal(int ordinal);

  /**
   * A copy with {@link #label()} replaced, sharing every other attribute unchanged.
   *
   * @param label the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Numbering withLabel(String label);

  /**
   * A copy with {@link #style()} replaced, sharing every other attribute unchanged.
   *
   * @param style the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Numbering withStyle(NumberingStyle style);

}
