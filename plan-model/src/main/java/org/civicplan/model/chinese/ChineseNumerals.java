package org.civicplan.model.chinese;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Chinese numerals (中文数字) to numbers and back: 零〇一二两三四五六七八九, the units 十百千, the
 * group units 万 and 亿, and numbers mixed with Arabic digits such as {@code 1.5万} or {@code 3千}.
 *
 * <pre>{@code
 * ChineseNumerals.parse("一百二十");        // Optional[120]
 * ChineseNumerals.parse("1.5万");           // Optional[15000.0]
 * ChineseNumerals.parse("二〇二四");        // Optional[2024] (digit by digit, as in years)
 * ChineseNumerals.parse("三亿五千万");      // Optional[350000000]
 * ChineseNumerals.parse("三万五");          // Optional[35000]
 * ChineseNumerals.toChinese(100010);       // "十万零一十"
 * }</pre>
 *
 * <p>Stateless and thread-safe. Every method runs in time linear in its input.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The largest number {@link #toChinese(long)} writes: 9999 万 9999 亿 9999 万 9999. */
  public static final long MAX = 9_999_999_999_999_999L;

  private static final String DIGITS = "零一二三四五六七八九";

  /**
   * @param c a character
   * @return its digit value 0–9 if it is a Chinese digit (零〇一二两…九), else -1
   */
  public static int digitValue(char c) {
    switch (c) {
      case '零':
      case '〇':
        return 0;
      case '两':
        return 2;
      default:
        int i = DIGITS.indexOf(c);
        return i;
    }
  }

  /**
   * @param c a character
   * @return 10, 100, 1000, 10⁴ or 10⁸ for 十百千万亿, else 0
   */
  public static long unitValue(char c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      case '万':
        return 10_000;
      case '亿':
        return 100_000_000;
      default:
        return 0;
    }
  }

  /**
   * @param c a character
   * @return whether it can be part of a Chinese numeral (a digit or a unit)
   */
  public static boolean isNumeralChar(char c) {
    return digitValue(c) >= 0 || unitValue(c) > 0;
  }

  /**
   * Parses a whole numeral. Accepts Chinese numerals with units ({@code 一百二十}, {@code 十五},
   * {@code 两千}, {@code 一亿零五百万}, {@code 一亿零十}), digit-by-digit numerals ({@code 二〇二四}),
   * Chinese decimals ({@code 三点五}, {@code 三点五亿}), Arabic numbers with an optional decimal
   * part, and Arabic numbers with Chinese units ({@code 1.5万}, {@code 3千}, {@code 2亿5000万},
   * {@code 3亿5千万}). The shorthand of speech is read as meant: a digit right after a unit stands
   * one place below it ({@code 三万五} = 35000, {@code 两千六} = 2600, {@code 一百二} = 120).
   * Forms that could be read two ways are refused rather than guessed: {@code 3万5}, {@code 1万200}
   * (Arabic digits after a unit must fill its places, as in {@code 1万2000}).
   *
   * @param text the numeral, without spaces or anything around it
   * @return its value, or empty if the text is not a well-formed numeral
   */
  public static Optional<BigDecimal> parse(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > 64) {
      return Optional.empty();
    }
    boolean hasUnit = false;
    boolean allChineseDigits = true;
    int point = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (unitValue(c) > 0) {
        hasUnit = true;
      }
      if (digitValue(c) < 0) {
        allChineseDigits = false;
      }
      if (c == '点') {
        if (point >= 0) {
          return Optional.empty();
        }
        point = i;
      }
    }
    if (point >= 0) {
      return decimal(text, point);
    }
    if (allChineseDigits) {
      if (n > 1 && text.toString().indexOf('两') >= 0) {
        return Optional.empty();
      }
      long v = 0;
      for (int i = 0; i < n; i++) {
        v = v * 10 + digitValue(text.charAt(i));
      }
      return Optional.of(BigDecimal.valueOf(v));
    }
    if (!hasUnit) {
      return arabic(text, 0, n);
    }
    // Groups: 亿 part, 万 part, and the part below 万; each below-万 part is built from
    // digit-unit pairs with units strictly decreasing.
    BigDecimal yi = BigDecimal.ZERO;
    BigDecimal wan = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal number = null;
    boolean arabicNumber = false; // whether number was written in Arabic digits
    int arabicDigits = 0; // and how many
    boolean zero = false; // a 零 since the last unit
    long lastUnit = 10_000; // units inside a section must decrease
    long previousUnit = 0; // the unit just before the number being read, 0 after 零 or at the start
    boolean sawWan = false;
    boolean sawYi = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (number != null) {
          return Optional.empty();
        }
        int j = i;
        while (j < n && (text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.charAt(j) == '.')) {
          j++;
        }
        Optional<BigDecimal> a = arabic(text, i, j);
        if (a.isEmpty()) {
          return Optional.empty();
        }
        number = a.get();
        arabicNumber = true;
        arabicDigits = j - i;
        i = j;
        continue;
      }
      int d = digitValue(c);
      if (d >= 0) {
        if (number != null && number.signum() != 0 && d != 0) {
          return Optional.empty(); // two digits in a row, such as 二三
        }
        if (d == 0) {
          zero = true;
          previousUnit = 0;
        }
        number = d == 0 ? (number == null ? BigDecimal.ZERO : number) : BigDecimal.valueOf(d);
        arabicNumber = false;
        i++;
        continue;
      }
      long u = unitValue(c);
      if (u == 0) {
        return Optional.empty();
      }
      if (arabicNumber && number.scale() > 0 && u < 10_000) {
        return Optional.empty(); // 1.5千: not how amounts are written
      }
      if (u < 10_000) {
        if (u >= lastUnit) {
          return Optional.empty();
        }
        if (number == null && i > 0) {
          return Optional.empty(); // 百十: a unit without its digit, other than a leading 十
        }
        BigDecimal m = number == null ? BigDecimal.ONE : number;
        if (m.signum() == 0) {
          if (u != 10 || !zero) {
            return Optional.empty();
          }
          m = BigDecimal.ONE; // 一亿零十, 一百零十: the 一 of 一十 left out after 零
        }
        section = section.add(m.multiply(BigDecimal.valueOf(u)));
        lastUnit = u;
      } else if (u == 10_000) {
        if (sawWan) {
          return Optional.empty();
        }
        BigDecimal part = section.add(number == null ? BigDecimal.ZERO : number);
        if (part.signum() == 0) {
          return Optional.empty();
        }
        wan = part;
        sawWan = true;
        section = BigDecimal.ZERO;
        lastUnit = 10_000;
      } else {
        if (sawYi) {
          return Optional.empty();
        }
        BigDecimal part =
            wan.multiply(BigDecimal.valueOf(10_000))
                .add(section)
                .add(number == null ? BigDecimal.ZERO : number);
        if (part.signum() == 0) {
          return Optional.empty();
        }
        yi = part;
        sawYi = true;
        wan = BigDecimal.ZERO;
        sawWan = false;
        section = BigDecimal.ZERO;
        lastUnit = 10_000;
      }
      number = null;
      arabicNumber = false;
      zero = false;
      previousUnit = u;
      i++;
    }
    BigDecimal last = number == null ? BigDecimal.ZERO : number;
    if (number != null && previousUnit > 10) {
      // A number right after a unit, with no 零 between, stands one place below it.
      if (arabicNumber) {
        // 3万5000 (four digits after 万) is exact; 3万5 or 1万200 could be read two ways.
        long below = previousUnit >= 100_000_000 ? 100_000_000 : previousUnit >= 10_000 ? 10_000 : previousUnit;
        if (number.scale() > 0 || arabicDigits != Long.toString(below).length() - 1) {
          return Optional.empty();
        }
      } else {
        // Shorthand as people say it: 三万五 = 35000, 两千六 = 2600, 一百二 = 120.
        last = number.multiply(BigDecimal.valueOf(previousUnit / 10));
      }
    }
    BigDecimal total =
        yi.multiply(BigDecimal.valueOf(100_000_000))
            .add(wan.multiply(BigDecimal.valueOf(10_000)))
            .add(section)
            .add(last);
    return Optional.of(total);
  }

  /**
   * A Chinese decimal: an integer numeral, 点, the fraction digit by digit, then at most one group
   * unit ({@code 三点五}, {@code 十二点零五}, {@code 三点五亿}, {@code 1点5万} is refused).
   */
  private static Optional<BigDecimal> decimal(CharSequence text, int point) {
    int n = text.length();
    if (point == 0) {
      return Optional.empty();
    }
    for (int i = 0; i < point; i++) {
      char c = text.charAt(i);
      if (c == '万' || c == '亿' || c < 128) {
        return Optional.empty();
      }
    }
    Optional<BigDecimal> whole = parse(text.subSequence(0, point));
    if (whole.isEmpty()) {
      return whole;
    }
    StringBuilder fraction = new StringBuilder();
    int i = point + 1;
    while (i < n && digitValue(text.charAt(i)) >= 0 && text.charAt(i) != '两') {
      fraction.append((char) ('0' + digitValue(text.charAt(i))));
      i++;
    }
    if (fraction.length() == 0) {
      return Optional.empty();
    }
    BigDecimal v = whole.get().add(new BigDecimal("0." + fraction));
    String rest = text.subSequence(i, n).toString();
    switch (rest) {
      case "":
        return Optional.of(v);
      case "万":
        return Optional.of(v.movePointRight(4));
      case "亿":
        return Optional.of(v.movePointRight(8));
      case "万亿":
        return Optional.of(v.movePointRight(12));
      default:
        return Optional.empty();
    }
  }

  private static Optional<BigDecimal> arabic(CharSequence text, int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    int dots = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
        if (dots > 1 || i == from || i == to - 1) {
          return Optional.empty();
        }
      } else if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(new BigDecimal(text.subSequence(from, to).toString()));
  }

  /**
   * Writes a number in Chinese numerals as official documents do: {@code 十} for 10, {@code 十五},
   * {@code 一百一十}, {@code 一千零一}, {@code 十二万}, {@code 一亿零五百万}.
   *
   * @param value a number from 0 to {@link #MAX}
   * @return the numeral
   * @throws IllegalArgumentException if the value is negative or above {@link #MAX}
   */
  public static String toChinese(long value) {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("不能写成中文数字 (out of range 0.." + MAX + "): " + value);
    }
    if (value == 0) {
      return "零";
    }
    StringBuilder sb = new StringBuilder();
    long yi = value / 100_000_000L;
    long rest = value % 100_000_000L;
    if (yi > 0) {
      belowYi(yi, sb);
      sb.append('亿');
    }
    if (rest > 0) {
      if (yi > 0 && rest < 10_000_000L) {
        sb.append('零');
      }
      belowYi(rest, sb);
    }
    // 一十 at the very start is written 十 (十五, 十万), elsewhere 一十 stays (一百一十).
    if (sb.length() >= 2 && sb.charAt(0) == '一' && sb.charAt(1) == '十') {
      sb.deleteCharAt(0);
    }
    return sb.toString();
  }

  private static void belowYi(long m, StringBuilder sb) {
    long wan = m / 10_000;
    long low = m % 10_000;
    if (wan > 0) {
      group((int) wan, sb);
      sb.append('万');
    }
    if (low > 0) {
      if (wan > 0 && low < 1000) {
        sb.append('零');
      }
      group((int) low, sb);
    }
  }

  private static void group(int g, StringBuilder sb) {
    final char[] units = {'千', '百', '十', 0};
    int[] digits = {g / 1000, g / 100 % 10, g / 10 % 10, g % 10};
    boolean started = false;
    boolean pendingZero = false;
    for (int i = 0; i < 4; i++) {
      int d = digits[i];
      if (d == 0) {
        if (started) {
          pendingZero = true;
        }
        continue;
      }
      if (pendingZero) {
        sb.append('零');
        pendingZero = false;
      }
      sb.append(DIGITS.charAt(d));
      if (units[i] != 0) {
        sb.append(units[i]);
      }
      started = true;
    }
  }
}
