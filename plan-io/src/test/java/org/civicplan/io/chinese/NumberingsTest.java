package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NumberingsTest {

  @ParameterizedTest
  @CsvSource({
    "一、加强党建, 1, 一, CHINESE_ENUMERATION_COMMA, 1, 2",
    "十二、其他, 12, 十二, CHINESE_ENUMERATION_COMMA, 1, 3",
    "（三）推进改造, 3, 三, CHINESE_PARENTHESIZED, 2, 3",
    "(三)推进改造, 3, 三, CHINESE_PARENTHESIZED, 2, 3",
    "二是营商服企, 2, 二, CHINESE_SHI, 3, 2",
    "第一，加强, 1, 一, CHINESE_ORDINAL, 3, 3",
    "'第二,加强', 2, 二, CHINESE_ORDINAL, 3, 3",
    "1.完成, 1, 1, ARABIC_DOT, 4, 2",
    "12．完成, 12, 12, ARABIC_DOT, 4, 3",
    "3、完成, 3, 3, ARABIC_ENUMERATION_COMMA, 4, 2",
    "（4）完成, 4, 4, ARABIC_PARENTHESIZED, 5, 3",
    "(4)完成, 4, 4, ARABIC_PARENTHESIZED, 5, 3",
    "③完成, 3, ③, CIRCLED, 6, 1"
  })
  void recognizesMarkers(String text, int ordinal, String label, NumberingStyle style, int rank, int end) {
    NumberingMark m = Numberings.parse(text, 0).orElseThrow();
    assertThat(m.numbering()).isEqualTo(Numbering.of(ordinal, label, style));
    assertThat(m.rank()).isEqualTo(rank);
    assertThat(m.end()).isEqualTo(end);
  }

  @ParameterizedTest
  @CsvSource({
    "第六届国际手风琴文化艺术节", "1.5万户", "2024、", "2.0 版", "零、", "一批", "（1988）", "一体化", "万、",
    "江苏路", "第三季度", "（一", "1)"
  })
  void rejectsNonMarkers(String text) {
    assertThat(Numberings.parse(text, 0)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = NumberingStyle.class, names = {"OTHER"}, mode = EnumSource.Mode.EXCLUDE)
  void writtenMarkersReadBack(NumberingStyle style) {
    String label = switch (style) {
      case ARABIC_DOT, ARABIC_ENUMERATION_COMMA, ARABIC_PARENTHESIZED -> "7";
      case CIRCLED -> "⑦";
      default -> "七";
    };
    Numbering n = Numbering.of(7, label, style);
    String marker = n.marker();
    NumberingMark back = Numberings.parse(marker + "文字", 0).orElseThrow();
    assertThat(back.numbering()).isEqualTo(n);
    assertThat(back.end()).isEqualTo(marker.length());
  }
  @ParameterizedTest
  @CsvSource({
    "第一部分 2023年工作回顾, 1, 第一部分, 0, 4",
    "第二章 发展目标, 2, 第二章, 0, 3",
    "第十二章：保障措施, 12, 第十二章, 0, 4",
    "2.1 大气污染防治, 1, 2.1, 8, 3",
    "2.1.3 完成改造, 3, 2.1.3, 9, 5",
    "2.1.3完成改造, 3, 2.1.3, 9, 5"
  })
  void recognizesOutlineMarkers(String text, int ordinal, String label, int rank, int end) {
    NumberingMark m = Numberings.parseOutline(text, 0).orElseThrow();
    assertThat(m.numbering()).isEqualTo(Numbering.of(ordinal, label, NumberingStyle.OTHER));
    assertThat(m.rank()).isEqualTo(rank);
    assertThat(m.end()).isEqualTo(end);
    assertThat(Numberings.parse(text, 0)).as("no item marker inside a sentence").isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "1.5万户", "2.1", "2.0版", "1.1.5万户", "2.1.1", "2.1.1%", "第三季度", "第一届", "第一部门", "2.0.1.3 版", "1.2.3.4 x"
  })
  void rejectsNonOutlineMarkers(String text) {
    assertThat(Numberings.parseOutline(text, 0)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"'2 重点任务', 2, 1", "'12　保障措施', 12, 2"})
  void readsTheTopNumberOfADecimalOutline(String text, int ordinal, int end) {
    NumberingMark m = Numberings.parseDecimalTop(text).orElseThrow();
    assertThat(m.numbering().ordinal()).isEqualTo(ordinal);
    assertThat(m.rank()).isEqualTo(Numberings.DECIMAL_RANK);
    assertThat(m.end()).isEqualTo(end);
  }

  @ParameterizedTest
  @CsvSource({"'3 个社区完成改造，惠及居民'", "'2'", "'2 '", "'2024 年'", "'2 abc'", "'5 这是一个很长的标题已经超过二十个字了真的很长很长'"})
  void aSentenceOrANumberIsNoTopNumber(String text) {
    assertThat(Numberings.parseDecimalTop(text)).isEmpty();
  }
}
