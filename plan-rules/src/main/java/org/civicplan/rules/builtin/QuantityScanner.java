package org.civicplan.rules.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Finds promised quantities in Chinese text, {@code 数字+量词}: {@code 9处}, {@code 1.5万户},
 * {@code 三处}, {@code 一百二十户}, {@code 95%}. Conservative on purpose, since a false finding
 * costs more than a missed one:
 *
 * <ul>
 *   <li>text inside quotes and title marks (“…” ‘…’ 「…」 《…》) is skipped: names and slogans
 *       such as “四个一”;
 *   <li>ordinals (第六届), numbers glued to letters or digits, and the bare numeral 一 (一批, 一条街,
 *       一个) are not quantities;
 *   <li>only a closed list of measure words counts; 年, 月, 日, 周年, 届, 版, 级, 弄, 号, 分钟 never
 *       do.
 * </ul>
 *
 * <p>One pass over the text; no regular expressions.
 */
final class QuantityScanner {
  private QuantityScanner() {}

  /** A quantity as written, its number, and the number scaled by 万/亿 if written with one. */
  record Quantity(String written, BigDecimal value, BigDecimal scaled, String unit) {}

  /** Measure words, longest first so that 平方米 wins over 米. */
  private static final String[] MEASURES = {
    "个百分点", "平方公里", "万平方米", "平方米", "立方米", "人次", "公里", "千米", "公顷", "万元",
    "亿元", "万户", "万人", "万吨", "万亩", "%", "％", "元", "亩", "吨", "处", "个", "户", "栋", "幢",
    "座", "所", "家", "名", "人", "场", "项", "套", "间", "台", "辆", "部", "张", "块", "株", "棵",
    "盏", "条", "支", "期", "米"
  };

  static List<Quantity> scan(String text) {
    List<Quantity> out = new ArrayList<>();
    int depth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!mayMatter(text.charAt(i))) {
        // Neither a quote nor the start of a number: nothing to do but move on (a surrogate pair
        // is two such chars, as a supplementary code point is never a quote or digit).
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (cp == '“' || cp == '‘' || cp == '「' || cp == '《' || cp == '『') {
        depth++;
        i += Character.charCount(cp);
        continue;
      }
      if (cp == '”' || cp == '’' || cp == '」' || cp == '》' || cp == '』') {
        depth = Math.max(0, depth - 1);
        i += Character.charCount(cp);
        continue;
      }
      if (depth > 0) {
        i += Character.charCount(cp);
        continue;
      }
      int end;
      if (isDigit(cp) && !gluedBefore(text, i)) {
        end = arabic(text, i, out);
      } else if ((isChineseDigit(cp) || cp == '十') && !ordinalBefore(text, i)) {
        end = chinese(text, i, out);
      } else {
        end = i + Character.charCount(cp);
      }
      i = Math.max(end, i + Character.charCount(cp));
    }
    return out;
  }

  /**
   * Chars the scan looks at: quotes and title marks, digits, Chinese digits and 十. Chinese digits
   * (as {@link ChineseNumerals#digitValue} knows them) are found through a 1,024-bit filter on the
   * char's low bits, filled once from every char, so most ideographs are passed by one lookup.
   */
  private static final long[] CHINESE_DIGIT_FILTER = chineseDigitFilter();

  private static long[] chineseDigitFilter() {
    long[] filter = new long[16];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (isChineseDigit(c) || c == '十') {
        filter[(c >>> 6) & 15] |= 1L << c;
      }
    }
    return filter;
  }

  static boolean mayMatter(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    boolean filtered = (CHINESE_DIGIT_FILTER[(c >>> 6) & 15] & (1L << c)) != 0;
    if (c >= 0x3400 && c < 0xF900) {
      return filtered; // CJK ideographs: no quote or full-width digit among them
    }
    return filtered
        || (c >= '０' && c <= '９')
        || c == '“' || c == '‘' || c == '「' || c == '《' || c == '『'
        || c == '”' || c == '’' || c == '」' || c == '》' || c == '』';
  }

  private static boolean isDigit(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
  }

  private static int digitValue(int cp) {
    return cp >= '０' ? cp - '０' : cp - '0';
  }

  /** A number glued to a letter, digit or dot before it is part of a name or version: GB2312, v2. */
  private static boolean gluedBefore(String text, int i) {
    if (i == 0) {
      return false;
    }
    int prev = text.codePointBefore(i);
    return Character.isLetterOrDigit(prev) && prev < 0x2E80
        || prev == '.'
        || prev == '第'
        || prev == '-'
        || prev == '+';
  }

  private static boolean ordinalBefore(String text, int i) {
    if (i == 0) {
      return false;
    }
    int prev = text.codePointBefore(i);
    return prev == '第' || isChineseNumeral(prev) || prev == '初';
  }

  private static int arabic(String text, int start, List<Quantity> out) {
    int i = start;
    int length = 0; // of the number as written out: digits and the decimal point
    int n = text.length();
    while (i < n && isDigit(text.codePointAt(i)) && length < 30) {
      length++;
      i += Character.charCount(text.codePointAt(i));
    }
    if (i < n && text.charAt(i) == '.' && i + 1 < n && isDigit(text.codePointAt(i + 1))) {
      length++;
      i++;
      while (i < n && isDigit(text.codePointAt(i)) && length < 40) {
        length++;
        i += Character.charCount(text.codePointAt(i));
      }
    }
    if (i < n && isDigit(text.codePointAt(i))) {
      return skipDigits(text, i); // absurdly long: not a quantity
    }
    int afterNumber = i;
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    int measure = measureAt(text, i);
    if (measure < 0) {
      return afterNumber;
    }
    return record(text, start, i, measure, arabicValue(text, start, afterNumber), out);
  }

  /** The value of the digits (ASCII or full-width) and decimal point in {@code text[start, end)}. */
  private static BigDecimal arabicValue(String text, int start, int end) {
    StringBuilder number = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      number.append(c == '.' ? '.' : (char) ('0' + digitValue(c)));
    }
    return new BigDecimal(number.toString());
  }

  private static int skipDigits(String text, int i) {
    while (i < text.length() && (isDigit(text.codePointAt(i)) || text.charAt(i) == '.')) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static boolean isChineseDigit(int cp) {
    return cp <= Character.MAX_VALUE && ChineseNumerals.digitValue((char) cp) >= 0;
  }

  private static boolean isChineseNumeral(int cp) {
    return cp <= Character.MAX_VALUE && ChineseNumerals.isNumeralChar((char) cp);
  }

  private static int chinese(String text, int start, List<Quantity> out) {
    int i = start;
    int n = text.length();
    while (i < n && isChineseNumeral(text.codePointAt(i)) && i - start < 20) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i - start == 1 && text.charAt(start) == '一') {
      return i; // 一批, 一条街, 一个: indefinite rather than a promised count
    }
    int measure = measureAt(text, i);
    if (measure < 0) {
      return i;
    }
    Optional<BigDecimal> value = ChineseNumerals.parse(text.substring(start, i));
    if (value.isEmpty()) {
      return i;
    }
    return record(text, start, i, measure, value.get(), out);
  }

  /** The first character of each of {@link #MEASURES}, to try only the words that can match. */
  private static final char[] MEASURE_FIRST = new char[MEASURES.length];

  static {
    for (int k = 0; k < MEASURES.length; k++) {
      MEASURE_FIRST[k] = MEASURES[k].charAt(0);
    }
  }

  /** @return the place in {@link #MEASURES} of the measure word at {@code at}, or -1 */
  private static int measureAt(String text, int at) {
    if (at >= text.length()) {
      return -1;
    }
    char c = text.charAt(at);
    for (int k = 0; k < MEASURES.length; k++) {
      if (MEASURE_FIRST[k] == c && text.startsWith(MEASURES[k], at)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Records the quantity whose measure word, {@code MEASURES[measure]}, starts at {@code at}.
   *
   * @return where scanning continues
   */
  private static int record(
      String text, int start, int at, int measure, BigDecimal value, List<Quantity> out) {
    String m = MEASURES[measure];
    int end = at + m.length();
    // 个 followed by another numeral is a name pattern such as 四个一, 三个一批.
    if (m.equals("个") && end < text.length() && isChineseNumeral(text.codePointAt(end))) {
      return end;
    }
    BigDecimal scaled = value;
    if (m.startsWith("万") && !m.equals("万")) {
      scaled = value.multiply(BigDecimal.valueOf(10_000));
    } else if (m.startsWith("亿")) {
      scaled = value.multiply(BigDecimal.valueOf(100_000_000));
    }
    out.add(new Quantity(text.substring(start, end), value, scaled, m));
    return end;
  }
}
