package org.civicplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PlanIds is the scheme the plan itself applies, and ids given by it cost the plan no copies. */
class PlanIdsTest {
  private static Indicator indicator(String name) {
    return Indicator.builder().name(name).measureKind(MeasureKind.COUNT)
        .target(Target.builder().comparator(Comparator.EXACTLY).value(BigDecimal.TEN).build()).build();
  }

  private static Plan.Builder withoutIds() {
    return Plan.builder().title("测试街道 2024 年工作计划")
        .addTargets(indicator("地区生产总值"), indicator("新增就业"))
        .addUnits(OrganizationalUnit.builder().name("区发改委").unitKind(UnitKind.DEPARTMENT).build())
        .addSection(Section.builder().title("经济")
            .addGoal(Goal.builder().name("招商").addIndicators(indicator("引进项目"))
                .addInitiative(Initiative.builder().text("推进招商。").build())
                .addInitiative(Initiative.builder().text("完成9处精品小区建设。").addIndicators(indicator("精品小区"), indicator("老旧小区")).build())
                .build())
            .build())
        .addSection(Section.builder().title("民生").addIndicators(indicator("民生实事"))
            .addGoal(Goal.builder().name("就业").build())
            .addGoal(Goal.builder().name("养老").addInitiative(Initiative.builder().text("建设养老服务中心。").build()).build())
            .build());
  }

  @Test
  void theIdsAPlanAssignsAreTheSchemesIds() {
    Plan plan = withoutIds().build();
    assertThat(plan.targets()).extracting(Indicator::id).containsExactly(PlanIds.target(1), PlanIds.target(2));
    assertThat(plan.units()).extracting(OrganizationalUnit::id).containsExactly(PlanIds.unit(1));
    Section s1 = plan.sections().get(0);
    Section s2 = plan.sections().get(1);
    assertThat(s1.id()).isEqualTo(PlanIds.section(1)).isEqualTo("s1");
    assertThat(s2.id()).isEqualTo(PlanIds.section(2));
    Goal g = s1.goals().get(0);
    assertThat(g.id()).isEqualTo(PlanIds.goal("s1", 1)).isEqualTo("s1.g1");
    assertThat(g.indicators().get(0).id()).isEqualTo(PlanIds.indicator("s1.g1", 1)).isEqualTo("s1.g1.k1");
    Initiative second = g.initiatives().get(1);
    assertThat(second.id()).isEqualTo(PlanIds.initiative("s1.g1", 2)).isEqualTo("s1.g1.i2");
    assertThat(second.indicators()).extracting(Indicator::id)
        .containsExactly(PlanIds.indicator("s1.g1.i2", 1), PlanIds.indicator("s1.g1.i2", 2));
    assertThat(s2.indicators().get(0).id()).isEqualTo(PlanIds.indicator("s2", 1));
    assertThat(s2.goals().get(1).initiatives().get(0).id()).isEqualTo("s2.g2.i1");
  }

  @Test
  void aPlanWhoseElementsCarryTheirIdsKeepsTheVeryElements() {
    Plan assigned = withoutIds().build();
    // The same elements, ids and all, built again: nothing to assign, so nothing is copied.
    Plan again = Plan.builder().from(assigned).build();
    assertThat(again.sections().get(0)).isSameAs(assigned.sections().get(0));
    assertThat(again.sections().get(0).goals().get(0).initiatives().get(1))
        .isSameAs(assigned.sections().get(0).goals().get(0).initiatives().get(1));
    assertThat(again.targets().get(0)).isSameAs(assigned.targets().get(0));
    // One element without an id is enough for the plan to rebuild what holds it.
    Plan one = withoutIds().addSection(Section.builder().title("党建").build()).build();
    assertThat(one.sections().get(2).id()).isEqualTo(PlanIds.section(3));
  }

  @Test
  void positionsCountFromOne() {
    assertThatThrownBy(() -> PlanIds.section(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1, got 0");
    assertThatThrownBy(() -> PlanIds.initiative("s1.g1", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
