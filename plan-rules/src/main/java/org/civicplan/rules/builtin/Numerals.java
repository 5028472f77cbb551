package org.civicplan.rules.builtin;

import org.civicplan.model.NumberingStyle;

/** Writing and reading the numerals of Chinese documents: 一…九十九…, ①…⑳, 1, 2, 3. */
final class Numerals {
  private Numerals() {}

  private static final String DIGITS = "〇一二三四五六七八九";

  /** @return {@code n} as the given style writes it, without decoration */
  static String format(int n, NumberingStyle style) {
    switch (style) {
      case CHINESE_ENUMERATION_COMMA:
      case CHINESE_PARENTHESIZED:
      case CHINESE_SHI:
      case CHINESE_ORDINAL:
        return chinese(n);
      case CIRCLED:
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
      default:
        return String.valueOf(n);
    }
  }

  /** @return {@code n} in Chinese numerals for 0..99999, Arabic digits beyond */
  static String chinese(int n) {
    if (n < 0 || n > 99_999) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String[] units = {"", "十", "百", "千", "万"};
    StringBuilder sb = new StringBuilder();
    String s = String.valueOf(n);
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - '0';
      int unit = s.length() - 1 - i;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero && sb.length() > 0) {
        sb.append('〇');
      }
      zero = false;
      if (!(d == 1 && unit == 1 && sb.length() == 0)) {
        sb.append(DIGITS.charAt(d));
      }
      sb.append(units[unit]);
    }
    return sb.toString();
  }

  static boolean isChineseDigit(int cp) {
    return "〇零一二两三四五六七八九".indexOf(cp) >= 0;
  }

  static boolean isChineseNumeral(int cp) {
    return isChineseDigit(cp) || "十百千万亿".indexOf(cp) >= 0;
  }

  /**
   * Reads a Chinese numeral such as 三, 十二, 一百二十, 两千零五.
   *
   * @return the value, or -1 if it is not a well-formed numeral
   */
  static long parseChinese(String s) {
    long total = 0;
    long section = 0;
    long digit = -1;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int d = "〇一二三四五六七八九".indexOf(cp);
      if (cp == '零') {
        d = 0;
      } else if (cp == '两') {
        d = 2;
      }
      if (d >= 0) {
        if (digit > 0) {
          return -1; // two digits in a row, such as 三三
        }
        digit = d;
        continue;
      }
      long unit;
      switch (cp) {
        case '十':
          unit = 10;
          break;
        case '百':
          unit = 100;
          break;
        case '千':
          unit = 1000;
          break;
        case '万':
          unit = 10_000;
          break;
        case '亿':
          unit = 100_000_000;
          break;
        default:
          return -1;
      }
      if (unit >= 10_000) {
        section += Math.max(digit, 0);
        if (section == 0) {
          return -1;
        }
        total = (total + section) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
      if (total > 1_000_000_000_000L) {
        return -1;
      }
    }
    return total + section + Math.max(digit, 0);
  }
}
