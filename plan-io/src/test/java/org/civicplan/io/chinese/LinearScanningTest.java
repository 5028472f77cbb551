package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.civicplan.model.quantity.QuantityScanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The doubling method on every shape that made a scanner rescan (issue #15): the number of
 * characters the quantity scanner and the indicator grammar read at n, 2n and 4n characters of
 * text grows at most 2.3 times per doubling. Counted, not timed: the count is exact on any
 * machine, and a scanner that re-reads from a position it already passed grows four times.
 */
class LinearScanningTest {

  /** A text that counts how many characters are read from it. */
  static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      reads += text.length();
      return text;
    }
  }

  private static String repeat(String head, String unit, String tail, int size) {
    StringBuilder sb = new StringBuilder(size + 64).append(head);
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.append(tail).toString();
  }

  private static long reads(String text, Consumer<CharSequence> scanner) {
    CountingText t = new CountingText(text);
    scanner.accept(t);
    return t.reads;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "完成1|,000|个", // one number with thousands commas, with a measure word
    "完成1|,000|", // and without one
    "完成8|，225|元", // full-width thousands commas
    "版本1|.1|", // dots
    "增长6%|-8%|", // ranges chained
    "新建|3-|5个", // a range's lower bounds chained
    "分别增长|6%、|8%以上", // a 、 list
    "开展|“|完成3处", // quotes never closed
    "开展|“四减四增“|完成3处。", // doubled quotes
    "开展|“3处”|完成3处", // closed quotes
    "完成|一二三四五六七八九十|个", // a numeral run
    "投资|三亿五千万元、|", // many amounts
    "|😀|人员）100名", // an emoji run before a number
    "服务|3万余人，|", // approximations
    "投资|数十亿元，|", // unreadable amounts
    "|每|院补助5万元", // a per-unit marker repeated
    "常住户数由|3200户增加到|5000户", // baselines chained
    "|百分之|五", // percentage words
  })
  void readsEachCharacterABoundedNumberOfTimes(String shape) {
    String[] p = shape.split("\\|", -1);
    for (Consumer<CharSequence> scanner : java.util.List.<Consumer<CharSequence>>of(
        QuantityScanner::scan, IndicatorGrammar::read)) {
      long r1 = reads(repeat(p[0], p[1], p[2], 1 << 16), scanner);
      long r2 = reads(repeat(p[0], p[1], p[2], 1 << 17), scanner);
      long r4 = reads(repeat(p[0], p[1], p[2], 1 << 18), scanner);
      assertThat((double) r2 / r1).as("%s: %d → %d reads", shape, r1, r2).isLessThanOrEqualTo(2.3);
      assertThat((double) r4 / r2).as("%s: %d → %d reads", shape, r2, r4).isLessThanOrEqualTo(2.3);
      assertThat(r4).as("%s: reads per character", shape).isLessThan(200L << 18);
    }
  }
}
