package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/** Rules that look at indicators see those of the plan, its sections and goals as well as of initiatives. */
class IndicatorOwnersTest {

  private static Indicator percent(String name, String value) {
    return Indicator.builder().name(name).measureKind(MeasureKind.PERCENTAGE)
        .target(Target.builder().comparator(Comparator.AT_LEAST).value(new BigDecimal(value)).unit(MeasureUnit.of("%")).build())
        .build();
  }

  @Test
  void targetRulesReportIndicatorsOfEveryOwnerAtTheirPointer() {
    Plan plan = Plan.builder()
        .title("某县2024年政府工作报告")
        .addTargets(percent("地区生产总值", "160"))
        .addTargets(Indicator.builder().name("居民收入").measureKind(MeasureKind.PERCENTAGE).build())
        .addSection(Section.builder().title("经济发展")
            .addIndicators(percent("城镇化率", "130"))
            .addGoal(Goal.builder().name("工业增加值增长")
                .addIndicators(percent("工业增加值", "140"))
                .addInitiative(Initiative.builder().text("推进技改。").build())
                .build())
            .build())
        .build();
    ValidationReport report = Validator.builder().build().validate(plan, "report.json");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("target/percentage-out-of-range"))
        .extracting(Finding::pointer)
        .containsExactly("/targets/0", "/sections/0/indicators/0", "/sections/0/goals/0/indicators/0");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("target/indicator-without-target"))
        .extracting(Finding::pointer)
        .containsExactly("/targets/1");
  }
}
