package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.MeasureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorGrammarTest {

  private static Indicator only(String text) {
    List<TextMatch<Indicator>> found = IndicatorGrammar.find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).value();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "推进五环大楼、北汪小区等9处精品小区建设以及安西路23弄| 精品小区建设| COUNT| EXACTLY| 9| 处| 处",
    "江苏路82弄等3处里弄房屋修缮，做好| 里弄房屋修缮| COUNT| EXACTLY| 3| 处| 处",
    "完成三处老旧小区改造| 老旧小区改造| COUNT| EXACTLY| 3| 处| 处",
    "建成十二个示范点| 示范点| COUNT| EXACTLY| 12| 个| 个",
    "新增就业岗位1200个| 新增就业岗位| COUNT| EXACTLY| 1200| 个| 个",
    "新增养老床位不少于120张| 新增养老床位| COUNT| AT_LEAST| 120| 张| 张",
    "地区生产总值增长6%左右| 地区生产总值| PERCENTAGE| ABOUT| 6| %| %",
    "生活垃圾回收利用率达到95%| 生活垃圾回收利用率| PERCENTAGE| AT_LEAST| 95| %| %",
    "城镇调查失业率控制在5.5%以内| 城镇调查失业率| PERCENTAGE| AT_MOST| 5.5| %| %",
    "完成固定资产投资5亿元| 固定资产投资| MONEY| EXACTLY| 5| 亿元| CNY*10^8",
    "安排专项资金300万元| 安排专项资金| MONEY| EXACTLY| 300| 万元| CNY*10^4",
    "力争实现税收收入12.5亿元| 税收收入| MONEY| AT_LEAST| 12.5| 亿元| CNY*10^8",
    "完成1.5万户燃气表更换| 燃气表更换| COUNT| EXACTLY| 1.5| 万户| 户*10^4",
    "新增绿地5000平方米| 新增绿地| AREA| EXACTLY| 5000| 平方米| m2",
    "完成高标准农田建设2000亩| 高标准农田建设| AREA| EXACTLY| 2000| 亩| mu",
    "新建改建道路10公里| 新建改建道路| QUANTITY| EXACTLY| 10| 公里| km",
    "单位产值能耗下降3个百分点| 单位产值能耗| PERCENTAGE| EXACTLY| 3| 个百分点| percentage-point",
    "完成两个社区食堂建设| 社区食堂建设| COUNT| EXACTLY| 2| 个| 个",
  })
  void acceptsTargets(String text, String name, MeasureKind kind, Comparator comparator, String value, String unit, String normalized) {
    Indicator k = only(text);
    assertThat(k.name()).isEqualTo(name);
    assertThat(k.measureKind()).isEqualTo(kind);
    assertThat(k.target().orElseThrow().comparator()).isEqualTo(comparator);
    assertThat(k.target().orElseThrow().value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(k.unit().orElseThrow().written()).isEqualTo(unit);
    assertThat(k.unit().orElseThrow().normalized()).isEqualTo(normalized);
  }

  @Test
  void oneListPhraseGivesTwoTargets() {
    List<TextMatch<Indicator>> found = IndicatorGrammar.find("一般公共预算收入、税收收入分别增长6%、8%以上");
    assertThat(found).hasSize(2);
    Indicator a = found.get(0).value();
    Indicator b = found.get(1).value();
    assertThat(a.name()).isEqualTo("一般公共预算收入");
    assertThat(b.name()).isEqualTo("税收收入");
    assertThat(a.target().orElseThrow().value()).isEqualByComparingTo("6");
    assertThat(b.target().orElseThrow().value()).isEqualByComparingTo("8");
    assertThat(a.target().orElseThrow().comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(b.target().orElseThrow().comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(a.direction()).contains(Direction.INCREASE);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "其中工业投资不低于8亿元, AT_LEAST",
    "财政支出不超过5亿元, AT_MOST",
    "能耗增幅不高于3%, AT_MOST",
    "新增就业不少于800人, AT_LEAST",
    "失业率低于5%, AT_MOST",
    "增速高于全市平均2个百分点, AT_LEAST",
    "投资超过3亿元, AT_LEAST",
  })
  void aNegatedComparatorIsNeverReadAsTheWordInsideIt(String text, Comparator expected) {
    // 不低于 holds 低于, 不超过 holds 超过, 不高于 holds 高于: the longer word ending at the same place wins
    assertThat(only(text).target().orElseThrow().comparator()).isEqualTo(expected);
  }

  @Test
  void aVerbOfKeepingIsNoPartOfTheName() {
    assertThat(only("适龄儿童入学率保持100%").name()).isEqualTo("适龄儿童入学率");
    assertThat(only("粮食播种面积维持在52万亩以上").name()).isEqualTo("粮食播种面积");
  }

  @Test
  void twoQuantitiesOfOneUnitJoinedBy和AreAListToo() {
    List<TextMatch<Indicator>> found = IndicatorGrammar.find("城乡居民人均可支配收入分别增长5.5%和7%");
    assertThat(found).extracting(m -> m.value().name())
        .containsExactly("城乡居民人均可支配收入", "城乡居民人均可支配收入"); // never "和"
    assertThat(found).extracting(m -> m.value().target().orElseThrow().value().toPlainString()).containsExactly("5.5", "7");
    assertThat(found.get(1).value().direction()).contains(Direction.INCREASE);
    // of two units, each quantity names its own object
    assertThat(IndicatorGrammar.find("改造道路3公里和5座桥梁")).extracting(m -> m.value().name())
        .containsExactly("改造道路", "桥梁");
  }

  @Test
  void aRangeIsOneBetweenTarget() {
    Indicator k = only("居民收入增长6%-8%");
    assertThat(k.target().orElseThrow().comparator()).isEqualTo(Comparator.BETWEEN);
    assertThat(k.target().orElseThrow().value()).isEqualByComparingTo("6");
    assertThat(k.target().orElseThrow().upperValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
    assertThat(k.name()).isEqualTo("居民收入");
  }

  @Test
  void spansCoverTheTargetPhrase() {
    String text = "推进五环大楼、北汪小区等9处精品小区建设以及安西路23弄";
    TextMatch<Indicator> m = IndicatorGrammar.find(text).get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo("9处精品小区建设");
  }

  @Test
  void namesAreCutAtCodePointsNeverInsideASurrogatePair() {
    // An emoji run before a number: the 40-unit look-back for the name used to land between the
    // two halves of a pair and give a name starting with a lone low surrogate (issue #15).
    for (int pad = 0; pad < 4; pad++) {
      String text = "x".repeat(pad) + "😀".repeat(30) + "人员）100名";
      for (TextMatch<Indicator> m : IndicatorGrammar.find(text)) {
        String name = m.value().name();
        assertThat(Character.isLowSurrogate(name.charAt(0))).as(name).isFalse();
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).as(name).isFalse();
        assertThat(Character.isLowSurrogate(text.charAt(m.start()))).isFalse();
      }
      String after = "完成100名" + "😀".repeat(20);
      String name = IndicatorGrammar.find(after).get(0).value().name();
      assertThat(name.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
      assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).as(name).isFalse();
      assertThat(name.codePointCount(0, name.length())).isEqualTo(16);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "促进“上海之春”第六届国际手风琴文化艺术节愚园路专场音乐会落地",
    "打造 2.0 版社区书院",
    "做好“一网统管”3.0 版系统升级迭代",
    "开展红色巡游2.0版行走中的党课",
    "紧扣“15分钟社区美好生活圈”和完整社区试点",
    "打造15分钟生活圈",
    "2024 年是中华人民共和国成立 75 周年",
    "梳理筛选万亿 GDP 目标城市",
    "2024年完成",
    "推进新一批标准化垃圾箱房改建",
    "做好西井科技等一批企业",
    "做精做优“三级三系”服务机制",
    "扎牢“12345”市民热线联系督办反馈闭环",
    "做好愚园路1088弄“两旧一村”改造搬迁",
    "改善武夷路 153 弄通行秩序",
    "打造5A级景区",
    "根据〔2023〕1号文件",
    "见文献[3]所述",
    "成立“愚园路红色文化双拥一条街”联合体",
    "建设中医、康复一体化门诊",
    "1月15日前完成",
    "第三季度完成",
    "全面贯彻落实党的二十大和二十届二中全会精神",
    "实施“四个一”工作法",
    "持续壮大“3+3”重点产业",
    "紧盯九小场所",
    "加快推进《三年行动方案》落实",
    "打造一条街",
    "见1.1.5万户说明",
    "“引领《示范》完成9处”",
  })
  void rejectsNonTargets(String text) {
    assertThat(IndicatorGrammar.find(text)).as(text).isEmpty();
  }
}
