package org.civicplan.model.chinese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
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

  @ParameterizedTest
  @CsvSource({
    "三亿五千万, 350000000", "十二亿三千四百五十六万, 1234560000", "3亿5千万, 350000000", "2亿五千万, 250000000",
    "1万2000, 12000", "3百50, 350",
    "三点五, 3.5", "三点五亿, 350000000", "十二点零五, 12.05", "零点五, 0.5",
    "三万五, 35000", "两千六, 2600", "一百二, 120", "三亿五, 350000000", "十万五, 105000", "三万五千二, 35200",
    "一亿零十, 100000010", "一万零十, 10010", "一百零十, 110",
    "九百九十九万九千九百九十九, 9999999"
  })
  void readsWhatTheIssueFoundMisread(String text, String expected) {
    assertThat(ChineseNumerals.parse(text)).as(text)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @CsvSource({"3万5", "1万200", "3亿5000", "3千5", "1.5千", "三点", "点五", "三点五点六", "1点5", "一万点五", "三点五千"})
  void refusesFormsThatCouldBeReadTwoWays(String text) {
    assertThat(ChineseNumerals.parse(text)).as(text).isEmpty();
  }

  /** The table nzh (npm) wrote: number, lowercase form, 一十 form (or =); see generate-nzh-table.js. */
  static List<String[]> nzhTable() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        ChineseNumeralsTest.class.getResourceAsStream("/numerals/nzh-numerals.tsv.gz")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        rows.add(new String[] {f[0], f[1], f[2].equals("=") ? f[1] : f[2]});
      }
    }
    return rows;
  }

  @Test
  void agreesWithAnIndependentConverterOnEveryNumberOfItsTable() throws Exception {
    List<String[]> rows = nzhTable();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20_000);
    int withYiShi = 0;
    for (String[] row : rows) {
      BigDecimal n = new BigDecimal(row[0]);
      assertThat(ChineseNumerals.parse(row[1])).as(row[1]).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
      assertThat(ChineseNumerals.parse(row[2])).as(row[2]).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
      if (!row[1].equals(row[2])) {
        withYiShi++;
      }
      if (n.longValueExact() <= ChineseNumerals.MAX) {
        String written = ChineseNumerals.toChinese(n.longValueExact());
        assertThat(ChineseNumerals.parse(written)).as(written).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
      }
    }
    assertThat(withYiShi).as("rows whose 一十 form differs").isGreaterThan(500);
  }
}
