package org.civicplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What building a plan accepts, rejects and assigns. */
class PlanConstructionTest {

  private static Indicator nineBoutiqueCompounds() {
    return Indicator.builder()
        .name("精品小区建设")
        .measureKind(MeasureKind.COUNT)
        .target(
            Target.builder()
                .comparator(Comparator.EXACTLY)
                .value(new BigDecimal("9"))
                .unit(MeasureUnit.of("处"))
                .build())
        .build();
  }

  private static Initiative initiative(String text, Indicator... indicators) {
    return Initiative.builder().text(text).addIndicators(indicators).build();
  }

  private static Goal goal(String name, Initiative... initiatives) {
    return Goal.builder().name(name).addInitiatives(initiatives).build();
  }

  private static Section section(String title, Goal... goals) {
    return Section.builder().title(title).addGoals(goals).build();
  }

  @Test
  void assignsPositionalIdsToElementsWithoutOne() {
    Plan plan =
        Plan.builder()
            .title("江苏路街道 2024 年工作计划")
            .addSection(section("经济发展", goal("招商引资", initiative("a"))))
            .addSection(
                section(
                    "品质生活",
                    goal(
                        "做实做细",
                        initiative("b"),
                        initiative("c"),
                        initiative("推进9处精品小区建设", nineBoutiqueCompounds()))))
            .addUnit(OrganizationalUnit.builder().name("党政办公室").build())
            .build();

    assertThat(plan.id()).isEqualTo("plan");
    assertThat(plan.nodes().map(PlanNode::id))
        .containsExactly(
            "plan", "s1", "s1.g1", "s1.g1.i1", "s2", "s2.g1", "s2.g1.i1", "s2.g1.i2", "s2.g1.i3",
            "s2.g1.i3.k1", "u1");
    assertThat(plan.find("s2.g1.i3.k1").map(PlanNode::pointer))
        .contains("/sections/1/goals/0/initiatives/2/indicators/0");
    assertThat(plan.resolve("/units/0").map(PlanNode::id)).contains("u1");
    assertThat(plan.resolve("")).map(PlanNode::element).containsSame(plan);
    assertThat(plan.resolve("/sections/9")).isEmpty();
    assertThat(plan.find("s2.g1.i3").orElseThrow().parent().map(PlanNode::id)).contains("s2.g1");
  }

  @Test
  void indicatorsOfThePlanSectionsAndGoalsGetIdsFromTheirOwner() {
    Plan plan =
        Plan.builder()
            .title("某县2024年政府工作报告")
            .addTargets(nineBoutiqueCompounds(), nineBoutiqueCompounds())
            .addSection(
                Section.builder()
                    .title("经济发展")
                    .addIndicators(nineBoutiqueCompounds())
                    .addGoals(
                        Goal.builder()
                            .name("地区生产总值增长7%以上")
                            .addIndicators(nineBoutiqueCompounds())
                            .addInitiatives(initiative("推进9处精品小区建设", nineBoutiqueCompounds()))
                            .build())
                    .build())
            .build();

    assertThat(plan.nodes().map(PlanNode::id))
        .containsExactly("plan", "t1", "t2", "s1", "s1.k1", "s1.g1", "s1.g1.k1", "s1.g1.i1", "s1.g1.i1.k1");
    assertThat(plan.find("t2").map(PlanNode::pointer)).contains("/targets/1");
    assertThat(plan.find("s1.k1").map(PlanNode::pointer)).contains("/sections/0/indicators/0");
    assertThat(plan.find("s1.g1.k1").map(PlanNode::pointer)).contains("/sections/0/goals/0/indicators/0");
    assertThat(plan.find("s1.g1.k1").orElseThrow().parent().map(PlanNode::id)).contains("s1.g1");
    assertThat(plan.find("t1").orElseThrow().parent().map(PlanNode::id)).contains("plan");
    assertThat(plan.indicators().map(Indicator::id)).containsExactly("t1", "t2", "s1.k1", "s1.g1.k1", "s1.g1.i1.k1");
    assertThatThrownBy(
            () -> Plan.builder().title("t")
                .addTargets(Indicator.builder().from(nineBoutiqueCompounds()).id("x").build())
                .addSection(Section.builder().title("s")
                    .addIndicators(Indicator.builder().from(nineBoutiqueCompounds()).id("x").build()).build())
                .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x\"");
  }

  @Test
  void assignedIdsBuildOnDeclaredParentIdsAndSkipTakenOnes() {
    Plan plan =
        Plan.builder()
            .title("t")
            .addSection(Section.builder().id("economy").title("x").addGoal(goal("g")).build())
            .addSection(Section.builder().id("s3").title("y").build())
            .addSection(section("z"))
            .build();
    assertThat(plan.sections()).extracting(Section::id).containsExactly("economy", "s3", "s3-2");
    assertThat(plan.sections().get(0).goals().get(0).id()).isEqualTo("economy.g1");
  }

  @Test
  void rejectsTwoSiblingsWithOneId() {
    Goal a = Goal.builder().id("g").name("a").build();
    Goal b = Goal.builder().id("g").name("b").build();
    assertThatThrownBy(() -> Section.builder().title("s").addGoals(a, b).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goals 0 and 1 have the same id \"g\"");
  }

  @Test
  void rejectsTwoSiblingsWithOneIdAmongMany() {
    // Many siblings are checked through a map, a few pairwise: both name the first pair.
    for (int size : new int[] {3, 12, 13, 40}) {
      Section.Builder section = Section.builder().title("s");
      for (int g = 0; g < size; g++) {
        String id = g == size - 1 || g == 1 ? "twice" : "g" + g;
        section.addGoal(Goal.builder().id(id).name("goal " + g).build());
      }
      assertThatThrownBy(section::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("goals 1 and " + (size - 1) + " have the same id \"twice\"");
    }
  }

  @Test
  void rejectsOneIdUsedInTwoPlacesOfAPlan() {
    Initiative first = Initiative.builder().id("dup").text("a").build();
    Initiative second = Initiative.builder().id("dup").text("b").build();
    assertThatThrownBy(
            () ->
                Plan.builder()
                    .title("t")
                    .addSection(section("a", goal("x", first)))
                    .addSection(section("b", goal("y", second)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "id \"dup\" is used twice in the plan: at \"/sections/0/goals/0/initiatives/0\""
                + " and at \"/sections/1/goals/0/initiatives/0\"");
  }

  @Test
  void rejectsBlankIds() {
    assertThatThrownBy(() -> Goal.builder().id("  ").name("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the id of a goal is blank");
  }

  @Test
  void rejectsAnEndBeforeAStart() {
    assertThatThrownBy(() -> Period.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period ends (2024-01-01) before it starts (2024-12-31)");
    assertThatThrownBy(
            () ->
                Initiative.builder()
                    .id("i")
                    .text("x")
                    .start(LocalDate.of(2024, 6, 1))
                    .due(LocalDate.of(2024, 5, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initiative \"i\" is due (2024-05-01) before it starts (2024-06-01)");
    assertThatThrownBy(() -> SourceSpan.of(3, 5, 2, 1, 10, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a span ends before it starts");
  }

  @Test
  void betweenTargetsNeedAnUpperValueAndOnlyThey() {
    assertThatThrownBy(
            () -> Target.builder().comparator(Comparator.BETWEEN).value(BigDecimal.ONE).build())
        .hasMessage("a BETWEEN target needs an upper value");
    assertThatThrownBy(
            () ->
                Target.builder()
                    .comparator(Comparator.AT_LEAST)
                    .value(BigDecimal.ONE)
                    .upperValue(BigDecimal.TEN)
                    .build())
        .hasMessage("only a BETWEEN target has an upper value, this one is AT_LEAST");
    assertThatThrownBy(
            () ->
                Target.builder()
                    .comparator(Comparator.BETWEEN)
                    .value(BigDecimal.TEN)
                    .upperValue(BigDecimal.ONE)
                    .build())
        .hasMessage("a BETWEEN target's upper value 1 is below its value 10");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Plan.builder().title(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Plan.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void representsPoorQualityPlansForTheRulesToReport() {
    Plan plan =
        Plan.builder()
            .title("")
            .addSection(section("", goal("")))
            .addSection(
                section(
                    "x",
                    goal(
                        "y",
                        initiative(
                            "z",
                            Indicator.builder()
                                .name("覆盖率")
                                .measureKind(MeasureKind.PERCENTAGE)
                                .target(
                                    Target.builder()
                                        .comparator(Comparator.AT_LEAST)
                                        .value(new BigDecimal("130"))
                                        .build())
                                .build()))))
            .build();
    assertThat(plan.sections().get(0).goals().get(0).initiatives()).isEmpty();
    assertThat(plan.indicators().findFirst().orElseThrow().unit()).isEmpty();
  }

  @Test
  void collectionsAreUnmodifiable() {
    Plan plan = Plan.builder().title("t").addPreamble("p").build();
    assertThatThrownBy(() -> plan.preamble().add("q"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.extensions().put("k", ExtensionValue.nullValue()))
        .isInstanceOf(UnsupportedOperationException.class);
    ExtensionValue.ObjectValue object =
        new ExtensionValue.ObjectValue(Map.of("a", ExtensionValue.bool(true)));
    assertThatThrownBy(() -> object.members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ExtensionValue.ArrayValue(List.of()).elements()).isEmpty();
  }

  @Test
  void extensionObjectsCompareRegardlessOfMemberOrder() {
    Map<String, ExtensionValue> ab = new java.util.LinkedHashMap<>();
    ab.put("a", ExtensionValue.number(BigDecimal.ONE));
    ab.put("b", ExtensionValue.string("二"));
    Map<String, ExtensionValue> ba = new java.util.LinkedHashMap<>();
    ba.put("b", ExtensionValue.string("二"));
    ba.put("a", ExtensionValue.number(BigDecimal.ONE));
    assertThat(ExtensionValue.object(ab)).isEqualTo(ExtensionValue.object(ba));
  }

  @Test
  void periodsKnowWhatTheyContain() {
    Period year = Period.calendarYear(2024);
    assertThat(year.contains(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(year.contains(Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30))))
        .isTrue();
    assertThat(year.withLabel("2024年").label()).contains("2024年");
  }

  @Test
  void pointerOfAnElementFromAnotherPlanIsEmpty() {
    Plan plan = Plan.builder().title("t").addSection(section("a")).build();
    Section foreign = Section.builder().id("s1").title("other").build();
    assertThat(plan.pointerOf(plan.sections().get(0))).contains("/sections/0");
    assertThat(plan.pointerOf(foreign)).isEmpty();
  }
}
