package org.civicplan.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues before every quantity of a long paragraph (a preamble of 主要预期目标, a progress
 * report's 执行情况) are read in one pass: the characters {@link QuantityContext#scan} reads at n,
 * 2n and 4n characters grow at most 2.3 times per doubling (a scan from the text's start per
 * quantity grows four times). Counted, not timed. And the one-pass reader gives, in any order of
 * asking, the cue {@link TargetCues#before} gives.
 */
class TargetCuesLinearTest {

  /** A text that counts how many characters are read from it. */
  private static final class CountingText implements CharSequence {
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

  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + 64);
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private static long reads(QuantityContext context, String text) {
    CountingText t = new CountingText(text);
    assertThat(context.scan(t)).isNotEmpty();
    return t.reads;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"新建睦邻点3个，", "力争增长6%以上，", "1-4月完成投资3亿元，", "2023年完成改造20处；", "上半年新增就业1200人，"})
  void everyQuantityOfAParagraphCostsItsOwnCharactersOnly(String unit) {
    for (QuantityContext context : List.of(
        new QuantityContext(2024, QuantityContext.Part.BODY, false),
        new QuantityContext(2024, QuantityContext.Part.PREAMBLE, false),
        new QuantityContext(2024, QuantityContext.Part.BODY, true))) {
      long r1 = reads(context, repeat(unit, 1 << 13));
      long r2 = reads(context, repeat(unit, 1 << 14));
      long r4 = reads(context, repeat(unit, 1 << 15));
      assertThat((double) r2 / r1).as("%s %s: %d → %d reads", unit, context, r1, r2).isLessThanOrEqualTo(2.3);
      assertThat((double) r4 / r2).as("%s %s: %d → %d reads", unit, context, r2, r4).isLessThanOrEqualTo(2.3);
    }
  }

  @Test
  void theReaderGivesTheCueBeforeInAnyOrder() {
    String s = "全年目标投资10亿元，1-4月完成投资3.5亿元，上半年新增就业1200人，预计全年增长6%，2023年完成改造20处，"
        + "比上年增长8%，较2023年增长5%，已于今年建成3处，力争2025年达到90%。";
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i <= s.length() + 1; i++) {
      at.add(i);
    }
    TargetCues.Reader forward = TargetCues.reader(s, 2024);
    for (int i : at) {
      assertThat(forward.before(i)).as("at %d", i).isEqualTo(TargetCues.before(s, i, 2024));
    }
    TargetCues.Reader backward = TargetCues.reader(s, 2024);
    for (int k = at.size() - 1; k >= 0; k--) {
      int i = at.get(k);
      assertThat(backward.before(i)).as("at %d", i).isEqualTo(TargetCues.before(s, i, 2024));
    }
    TargetCues.Reader noYear = TargetCues.reader(s, null);
    for (int i : at) {
      assertThat(noYear.before(i)).as("at %d", i).isEqualTo(TargetCues.before(s, i, null));
    }
  }

  private static long periodReads(String text, Integer planYear) {
    CountingText t = new CountingText(text);
    TargetCues.Periods periods = TargetCues.periods(t, planYear);
    int results = 0;
    for (int at = text.indexOf('万'); at >= 0; at = text.indexOf('万', at + 1)) {
      assertThat(periods.before(at)).isPresent();
      results++;
    }
    assertThat(results).isGreaterThan(100);
    return t.reads;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1-4月完成投资3万元，", "截至4月底已开工1万平方米，", "前三季度完成2万元，", "上半年新增就业1万人，", "一季度完成5万元；",
      "前5个月完成3万元，", "完成投资3万元，"})
  void thePeriodOfEveryResultOfAParagraphCostsItsOwnCharactersOnly(String unit) {
    long r1 = periodReads(repeat(unit, 1 << 13), 2024);
    long r2 = periodReads(repeat(unit, 1 << 14), 2024);
    long r4 = periodReads(repeat(unit, 1 << 15), 2024);
    assertThat((double) r2 / r1).as("%s: %d → %d reads", unit, r1, r2).isLessThanOrEqualTo(2.3);
    assertThat((double) r4 / r2).as("%s: %d → %d reads", unit, r2, r4).isLessThanOrEqualTo(2.3);
  }

  @Test
  void thePeriodReaderGivesThePeriodInAnyOrder() {
    String s = "1-4月完成投资3.5亿元，截至4月底已开工12个，截止10月完成8个，前5个月新增1200人，前三季度增长6%，上半年新增就业1200人，"
        + "三季度完成20处，前三季度末，一季度完成3处，1-12月完成9个，1-13月，截至5月，前十二个月完成3个，前2个月";
    for (Integer year : new Integer[] {2024, null}) {
      TargetCues.Periods forward = TargetCues.periods(s, year);
      for (int i = 0; i <= s.length() + 1; i++) {
        assertThat(forward.before(i)).as("at %d", i).isEqualTo(TargetCues.period(s, i, year));
      }
      TargetCues.Periods backward = TargetCues.periods(s, year);
      for (int i = s.length() + 1; i >= 0; i--) {
        assertThat(backward.before(i)).as("at %d", i).isEqualTo(TargetCues.period(s, i, year));
      }
      TargetCues.Periods skipping = TargetCues.periods(s, year);
      for (int i = 0; i <= s.length() + 1; i += 7) {
        assertThat(skipping.before(i)).as("at %d", i).isEqualTo(TargetCues.period(s, i, year));
      }
    }
  }
}
