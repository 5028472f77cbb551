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
   * {@code 两千}, {@code 一亿零五百万}), digit-by-digit numerals ({@code 二〇二四}), Arabic numbers
   * with an optional decimal part, and Arabic numbers followed by Chinese units ({@code 1.5万},
   * {@code 3千}, {@code 2亿5000万}).
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
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (unitValue(c) > 0) {
        hasUnit = true;
      }
      if (digitValue(c) < 0) {
        allChineseDigits = false;
      }
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
    long lastUnit = 10_000; // units inside a section must decrease
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
        while (j < n && (Character.isDigit(text.charAt(j)) && text.charAt(j) < 128 || text.charAt(j) == '.')) {
          j++;
        }
        Optional<BigDecimal> a = arabic(text, i, j);
        if (a.isEmpty()) {
          return Optional.empty();
        }
        number = a.get();
        i = j;
        continue;
      }
      int d = digitValue(c);
      if (d >= 0) {
        if (number != null && number.signum() != 0 && d != 0) {
          return Optional.empty(); // two digits in a row, such as 二三
        }
        number = d == 0 ? (number == null ? BigDecimal.ZERO : number) : BigDecimal.valueOf(d);
        i++;
        continue;
      }
      long u = unitValue(c);
      if (u == 0) {
        return Optional.empty();
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
          return Optional.empty();
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
      i++;
    }
    BigDecimal total =
        yi.multiply(BigDecimal.valueOf(100_000_000))
            .add(wan.multiply(BigDecimal.valueOf(10_000)))
            .add(section)
            .add(number == null ? BigDecimal.ZERO : number);
    return Optional.of(total);
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
