package org.civicplan.model.chinese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "零, 0", "〇, 0", "一, 1", "两, 2", "九, 9", "十, 10", "十二, 12", "一十二, 12", "二十, 20", "一百二十, 120",
    "一百零五, 105", "两千, 2000", "一千零一, 1001", "三千零五十, 3050", "一万, 10000", "十万, 100000",
    "十二万, 120000", "十万零一十, 100010", "一百二十三万四千五百六十七, 1234567", "一千万, 10000000",
    "一亿, 100000000", "一亿零五百万, 105000000", "十二亿三千万, 1230000000", "五千亿, 500000000000",
    "一万亿, 1000000000000", "二〇二四, 2024", "一九四九, 1949", "1.5万, 15000", "3千, 3000", "12万, 120000",
    "2亿5000万, 250000000", "0.3万, 3000", "75, 75", "2.5, 2.5"
  })
  void parsesNumerals(String text, String expected) {
    assertThat(ChineseNumerals.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @CsvSource({"''", "十十", "百十", "万亿", "万", "亿", "一万万", "1..5", "两两", "abc", "十 二", ".5", "一百十十", "三十百"})
  void rejectsMalformedNumerals(String text) {
    assertThat(ChineseNumerals.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 零", "1, 一", "10, 十", "15, 十五", "20, 二十", "101, 一百零一", "110, 一百一十", "1001, 一千零一",
    "1010, 一千零一十", "10000, 一万", "100010, 十万零一十", "120000, 十二万", "100000000, 一亿",
    "105000000, 一亿零五百万", "100000001, 一亿零一", "1000000000000, 一万亿", "2024, 二千零二十四"
  })
  void writesNumerals(long value, String expected) {
    assertThat(ChineseNumerals.toChinese(value)).isEqualTo(expected);
  }

  @Test
  void refusesNumbersOutOfRange() {
    assertThatThrownBy(() -> ChineseNumerals.toChinese(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChineseNumerals.toChinese(ChineseNumerals.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arabicToChineseToArabicRoundTrips() {
    qt().withExamples(5000)
        .forAll(longs().between(0, ChineseNumerals.MAX))
        .check(n -> ChineseNumerals.parse(ChineseNumerals.toChinese(n)).map(BigDecimal::longValueExact).orElse(-1L).equals(n));
  }

  @Test
  void smallNumbersRoundTripExhaustively() {
    for (long n = 0; n <= 100_000; n++) {
      String c = ChineseNumerals.toChinese(n);
      assertThat(ChineseNumerals.parse(c).map(BigDecimal::longValueExact)).as(c).contains(n);
    }
  }
}
