package org.civicplan.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityContextTest {
  private static final QuantityContext BODY = new QuantityContext(2024, QuantityContext.Part.BODY, false);
  private static final QuantityContext PREAMBLE = new QuantityContext(2024, QuantityContext.Part.PREAMBLE, false);
  private static final QuantityContext REVIEW = new QuantityContext(2024, QuantityContext.Part.REVIEW, false);
  private static final QuantityContext PROGRESS = new QuantityContext(2024, QuantityContext.Part.BODY, true);

  private static List<Quantity.Role> roles(QuantityContext c, String text) {
    return c.scan(text).stream().map(Quantity::role).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "累计建成示范点8个, RESULT", "预计全年服务老人3000人次, RESULT", "1-4月完成投资38亿元, RESULT",
    "截至3月底已完成改造12处, RESULT", "2023年完成改造20处, RESULT", "去年新增就业岗位1200个, RESULT",
    "新建2个睦邻点, TARGET", "2024年完成改造20处, TARGET", "全区生产总值较2023年增长5%, TARGET",
    "比上年增长8%, TARGET", "常住户数由2023年的3200户增加到5000户, TARGET", "一季度完成投资3亿元, TARGET",
    "办好十件民生实事, PLAN_PART"
  })
  void inTheBodyAResultCueBeforeTheNumberMakesItAResult(String text, Quantity.Role role) {
    assertThat(roles(BODY, text)).as(text).containsExactly(role);
  }

  /**
   * 全年 and 年内 in a sentence about a year gone by are that year's: last year's results in the
   * preamble of this year's plan are no targets of it. A new sentence, 今年, the plan's year or
   * 基础上 (building on the past year) makes 全年 the plan's again.
   */
  @Test
  void theWholeYearOfAPastYearIsThatYears() {
    assertThat(roles(PREAMBLE, "2023年，街道上下齐心协力，全年完成固定资产投资18.6亿元，同比增长9.2%；新增市场主体1200户"))
        .containsExactly(Quantity.Role.RESULT, Quantity.Role.RESULT, Quantity.Role.RESULT);
    assertThat(roles(PREAMBLE, "去年全年新增就业800人")).containsExactly(Quantity.Role.RESULT);
    assertThat(roles(PREAMBLE, "2023年完成投资10亿元。全年新增就业800人"))
        .containsExactly(Quantity.Role.RESULT, Quantity.Role.TARGET);
    assertThat(roles(PREAMBLE, "2023年完成投资10亿元，今年全年力争投资12亿元"))
        .containsExactly(Quantity.Role.RESULT, Quantity.Role.TARGET);
    assertThat(roles(PREAMBLE, "全年完成固定资产投资20亿元")).containsExactly(Quantity.Role.TARGET);
    assertThat(roles(BODY, "在2023年底前建成的基础上，年内新增3个")).containsExactly(Quantity.Role.TARGET);
  }

  @Test
  void thePreambleNeedsATargetCueAReviewHasOnlyResultsAProgressReportCountsPeriods() {
    assertThat(roles(PREAMBLE, "全区共有社区卫生服务中心12个")).containsExactly(Quantity.Role.RESULT);
    assertThat(roles(PREAMBLE, "主要预期目标：城镇化率较2023年提高2个百分点")).containsExactly(Quantity.Role.TARGET);
    assertThat(roles(PREAMBLE, "今年重点抓好七个方面工作")).containsExactly(Quantity.Role.PLAN_PART);
    assertThat(roles(REVIEW, "新建2个睦邻点")).containsExactly(Quantity.Role.RESULT);
    assertThat(roles(PROGRESS, "一季度完成投资3亿元")).containsExactly(Quantity.Role.RESULT);
    assertThat(roles(BODY, "安装200盏路灯")).containsExactly(Quantity.Role.TARGET);
  }

  @Test
  void anElementsContextComesFromItsPlanSectionAndGoal() {
    Initiative i = Initiative.builder().id("s1.g1.i1").text("新建2个睦邻点").build();
    Goal plain = Goal.builder().id("s1.g1").name("完善设施").addInitiative(i).build();
    Goal reviewGoal = Goal.builder().id("s2.g1").name("2023年工作回顾").addInitiative(i.withId("s2.g1.i1")).build();
    Plan plan = Plan.builder().title("某街道2024年工作计划").period(Period.calendarYear(2024))
        .planKind(PlanKind.PROGRESS_REPORT)
        .addSection(Section.builder().id("s1").title("城市建设").addGoal(plain).build())
        .addSection(Section.builder().id("s2").title("其他").addGoal(reviewGoal).build()).build();
    PlanNode first = plan.find("s1.g1.i1").orElseThrow();
    assertThat(QuantityContext.of(first)).isEqualTo(new QuantityContext(2024, QuantityContext.Part.BODY, true));
    assertThat(QuantityContext.of(plan.find("s2.g1.i1").orElseThrow()).part()).isEqualTo(QuantityContext.Part.REVIEW);
    assertThat(QuantityContext.of(plan.find("s1").orElseThrow().parent().orElseThrow()).part())
        .isEqualTo(QuantityContext.Part.PREAMBLE);
    Plan summary = plan.withTitle("某街道2023年工作总结");
    assertThat(QuantityContext.of(summary.find("s1.g1.i1").orElseThrow()).part()).isEqualTo(QuantityContext.Part.REVIEW);
  }
}
