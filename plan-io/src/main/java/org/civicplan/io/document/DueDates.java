package org.civicplan.io.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Reads a deadline cell (完成时限): {@code 2024年6月30日}, {@code 2024-06-30}, {@code 2024年6月},
 * {@code 6月底前}, {@code 年底前}, {@code 第三季度} / {@code 三季度末}, {@code 上半年}, {@code 全年}.
 * A month means its last day, a quarter its last day; without a year the plan's year is used.
 * {@code 长期}, {@code 持续推进} and anything else give no date.
 */
final class DueDates {
  private DueDates() {}

  static Optional<LocalDate> parse(String cell, Integer planYear) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int[] pos = {0};
    Integer year = null;
    int y = number(s, pos);
    if (y >= 1949 && y <= 2200 && pos[0] < s.length() && (s.charAt(pos[0]) == '年' || s.charAt(pos[0]) == '-' || s.charAt(pos[0]) == '.' || s.charAt(pos[0]) == '/')) {
      year = y;
      pos[0]++;
    } else {
      pos[0] = 0;
    }
    Integer useYear = year != null ? year : planYear;
    if (useYear == null) {
      return Optional.empty();
    }
    String rest = s.substring(pos[0]);
    if (rest.startsWith("年底") || rest.startsWith("年末") || rest.startsWith("全年") || rest.startsWith("下半年") || (year != null && (rest.isEmpty() || rest.startsWith("底") || rest.startsWith("前")))) {
      return Optional.of(LocalDate.of(useYear, 12, 31));
    }
    if (rest.startsWith("上半年")) {
      return Optional.of(LocalDate.of(useYear, 6, 30));
    }
    String q = rest.startsWith("第") ? rest.substring(1) : rest;
    if (q.length() >= 3 && q.startsWith("季度", 1)) {
      int quarter = ChineseNumerals.digitValue(q.charAt(0));
      if (quarter < 0 && q.charAt(0) >= '1' && q.charAt(0) <= '4') {
        quarter = q.charAt(0) - '0';
      }
      if (quarter >= 1 && quarter <= 4) {
        return Optional.of(YearMonth.of(useYear, quarter * 3).atEndOfMonth());
      }
    }
    int[] p = {pos[0]};
    int month = number(s, p);
    if (month < 1 || month > 12 || p[0] >= s.length()) {
      return Optional.empty();
    }
    char sep = s.charAt(p[0]);
    if (sep != '月' && sep != '-' && sep != '.' && sep != '/') {
      return Optional.empty();
    }
    p[0]++;
    int at = p[0];
    int day = number(s, p);
    if (day >= 1 && day <= YearMonth.of(useYear, month).lengthOfMonth()) {
      return Optional.of(LocalDate.of(useYear, month, day));
    }
    p[0] = at;
    return Optional.of(YearMonth.of(useYear, month).atEndOfMonth());
  }

  /**
   * The first deadline stated inside a text: {@code 2025年6月底前完成}, {@code 9月底前}, {@code 年底前},
   * {@code 1月15日前}, {@code 三季度末前}. Only phrases ending in 前 (or 底 / 末 then 前) count; a
   * month or quarter alone ({@code 6月份开展}) is no deadline.
   *
   * @param text a sentence
   * @param planYear the plan's year, for phrases that give none
   * @return the deadline, if one is stated and can be read
   */
  static Optional<LocalDate> find(String text, Integer planYear) {
    int from = 0;
    while (true) {
      int at = text.indexOf('前', from);
      if (at < 0) {
        return Optional.empty();
      }
      int j = at;
      while (j > 0 && at - j < 14 && isDateChar(text.charAt(j - 1))) {
        j--;
      }
      if (j < at) {
        String phrase = text.substring(j, at + 1);
        if (phrase.contains("月") || phrase.contains("年底") || phrase.contains("年末") || phrase.contains("季度") || phrase.contains("半年")) {
          // the longest readable tail: 完成2025年6月底前 → 2025年6月底前
          for (int s = 0; s < phrase.length() - 1; s++) {
            char c = phrase.charAt(s);
            if (Character.isDigit(c) || ChineseNumerals.isNumeralChar(c) || c == '年' || c == '第' || c == '上' || c == '下') {
              Optional<LocalDate> d = parse(phrase.substring(s), planYear);
              if (d.isPresent()) {
                return d;
              }
            }
          }
        }
      }
      from = at + 1;
    }
  }

  private static boolean isDateChar(char c) {
    return (c >= '0' && c <= '9') || "年月日号底末季度上下半第".indexOf(c) >= 0
        || (ChineseNumerals.isNumeralChar(c) && c != '两' && c != '万' && c != '亿' && c != '千' && c != '百');
  }

  /** An Arabic or Chinese number at pos (advancing it), or -1. */
  private static int number(String s, int[] pos) {
    int i = pos[0];
    int j = i;
    while (j < s.length() && j - i < 4 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j > i) {
      pos[0] = j;
      return Integer.parseInt(s.substring(i, j));
    }
    while (j < s.length() && j - i < 4 && ChineseNumerals.isNumeralChar(s.charAt(j))) {
      j++;
    }
    if (j > i) {
      Optional<java.math.BigDecimal> v = ChineseNumerals.parse(s.substring(i, j));
      if (v.isPresent()) {
        pos[0] = j;
        return v.get().intValue();
      }
    }
    return -1;
  }
}
