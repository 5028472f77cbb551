package org.civicplan.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.civicplan.model.Comparator;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityScannerTest {

  private static Quantity only(String text) {
    List<Quantity> found = QuantityScanner.scan(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "投资三亿五千万元| 三亿五千万元| 3.5| 亿元| 350000000",
    "投资2亿5000万元| 2亿5000万元| 2.5| 亿元| 250000000",
    "投资5 亿元| 5 亿元| 5| 亿元| 500000000",
    "投资三点五亿元| 三点五亿元| 3.5| 亿元| 350000000",
    "服务三万五人次| 三万五人次| 35000| 人次| 35000",
    "新增一万平方米| 一万平方米| 1| 万平方米| 10000",
    "发放82，225.00元| 82，225.00元| 82225.00| 元| 82225.00",
    "新增1,200个| 1,200个| 1200| 个| 1200",
    "覆盖率百分之五十| 百分之五十| 50| %| 50",
    "新增１２处| １２处| 12| 处| 12",
  })
  void readsNumbersExactly(String text, String written, String value, String unit, String scaled) {
    Quantity q = only(text);
    assertThat(q.isTarget()).isTrue();
    assertThat(q.written()).isEqualTo(written);
    assertThat(q.value()).isEqualByComparingTo(value);
    assertThat(q.unit().written()).isEqualTo(unit);
    assertThat(q.scaled()).isEqualByComparingTo(scaled);
  }

  @Test
  void approximationsAndBoundsAreComparators() {
    assertThat(only("服务3万余人").comparator()).contains(Comparator.AT_LEAST);
    assertThat(only("安排1200余万元").unit().written()).isEqualTo("万元");
    assertThat(only("投资50万元（含）以上").comparator()).contains(Comparator.AT_LEAST);
    assertThat(only("覆盖约5000户").comparator()).contains(Comparator.ABOUT);
    assertThat(only("最近5天").comparator()).isEmpty();
    Quantity range = only("增长6-8%");
    assertThat(range.comparator()).contains(Comparator.BETWEEN);
    assertThat(range.value()).isEqualByComparingTo("6");
    assertThat(range.upperValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
  }

  @ParameterizedTest
  @CsvSource({"引进数十亿元", "培育几十家", "新建十几个", "新建三五个", "增长8-6%", "投资3万5元"})
  void unreadableQuantitiesHaveAProblemAndNoValue(String text) {
    Quantity q = only(text);
    assertThat(q.isTarget()).isFalse();
    assertThat(q.role()).isEqualTo(Quantity.Role.TARGET);
    assertThat(q.problem()).isPresent();
    assertThat(q.upperValue()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "重点抓好七个方面工作, PLAN_PART", "办好十件实事, PLAN_PART", "推进47项民生实事, PLAN_PART",
    "城市更新（3项）, PLAN_PART", "千万元以上重点项目, SIZE_CLASS", "关爱80岁以上老人, SIZE_CLASS",
    "建设三公里就业社区, NAME", "召开3次党工委会议, MEETING",
    "从三个重要方面推进, PLAN_PART", "三个试点城市建设工作稳步推进, NAME", "推进三个试点城市建设工作, NAME",
    "在3个试点社区推广垃圾分类, NAME", "成为全省三个试点城市之一, NAME", "较上年的85%, BASELINE",
    "比2023年底的3200户, BASELINE", "由上年同期的12个, BASELINE"
  })
  void numbersThatAreNotTargetsSayWhatTheyAre(String text, Quantity.Role role) {
    assertThat(only(text).role()).isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({
    "建设三个试点城市, 三个", "新增2个试点社区, 2个", "创建三个国家级试点城市, 三个", "选取5个社区开展试点, 5个",
    "完成3个老旧小区改造工作, 3个", "城镇人口占比60%, 60%", "在民生方面新增就业岗位1200个, 1200个",
    "推进五环大楼、北汪小区等9处精品小区建设, 9处"
  })
  void countsThatLookLikeNamesOrPartsButAreTargets(String text, String written) {
    Quantity q = only(text);
    assertThat(q.written()).startsWith(written);
    assertThat(q.role()).as(text).isEqualTo(Quantity.Role.TARGET);
  }

  @Test
  void aComparisonBeforeATargetIsItsBaselineNotASecondTarget() {
    List<Quantity> found = QuantityScanner.scan("城镇化率较上年的65%提高2个百分点，税收比上年增长8%");
    assertThat(found).extracting(Quantity::role)
        .containsExactly(Quantity.Role.BASELINE, Quantity.Role.TARGET, Quantity.Role.TARGET);
    assertThat(only("全区生产总值较2023年增长5%").role()).isEqualTo(Quantity.Role.TARGET);
  }

  @Test
  void ratesAndBaselines() {
    Quantity rate = only("每院补助5万元");
    assertThat(rate.perUnit()).contains("院");
    assertThat(rate.unit().normalized()).isEqualTo("CNY*10^4/院");
    Quantity target = only("由2023年的3200户增加到5000户");
    assertThat(target.value()).isEqualByComparingTo("5000");
    assertThat(target.baseline().orElseThrow().value()).isEqualByComparingTo("3200");
    assertThat(target.baselineYear()).hasValue(2023);
  }

  @Test
  void theLexiconKnowsTheMissingMeasureWords() {
    for (String w : new String[] {"盏", "期", "组", "岁", "对", "课时", "斤", "标段", "千米"}) {
      assertThat(QuantityLexicon.measureWordAt("3" + w, 1)).as(w).hasValueSatisfying(m -> assertThat(m.written()).isEqualTo(w));
    }
    assertThat(QuantityLexicon.measureWordAt("3对接", 1)).isEmpty();
    assertThat(QuantityLexicon.measureWordAt("12千米", 2).orElseThrow().kind()).isEqualTo(MeasureKind.QUANTITY);
    assertThat(only("接待1.2亿人次").unit().normalized()).isEqualTo("人次*10^8");
  }

  @Test
  void aStrayQuoteHidesNumbersOnlyToTheEndOfItsSentence() {
    assertThat(QuantityScanner.scan("推广“四减四增“工作法。完成3处改造。")).extracting(Quantity::written).containsExactly("3处");
    assertThat(QuantityScanner.scan("推广“四减四增“完成3处改造。")).isEmpty();
    assertThat(QuantityScanner.scan("开展“完成3处”活动，新建2个")).extracting(Quantity::written).containsExactly("2个");
  }

  @Test
  void scanningArbitraryTextNeverThrowsAndStaysInside() {
    qt().withExamples(2000).forAll(PlanGenerators.text()).check(t -> QuantityScanner.scan(t).stream()
        .allMatch(q -> q.start() >= 0 && q.end() <= t.length() && q.start() < q.end()
            && (q.problem().isPresent() || q.value() != null)));
  }
}
