package org.civicplan.rules.builtin;

import org.civicplan.model.NumberingStyle;
import org.civicplan.model.chinese.ChineseNumerals;

/** Writes a number the way a numbering style writes it: 一…九十九…, ①…⑳, 1, 2, 3. */
final class Numerals {
  private Numerals() {}

  /** @return {@code n} as the given style writes it, without decoration */
  static String format(int n, NumberingStyle style) {
    switch (style) {
      case CHINESE_ENUMERATION_COMMA:
      case CHINESE_PARENTHESIZED:
      case CHINESE_SHI:
      case CHINESE_ORDINAL:
        return n < 0 ? String.valueOf(n) : ChineseNumerals.toChinese(n);
      case CIRCLED:
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
      default:
        return String.valueOf(n);
    }
  }
}
