package org.civicplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/** Laws of {@link Plan#update} and {@link Plan#replace}, over arbitrary plans, and their errors. */
class PlanChangePropertiesTest {
  private static final int EXAMPLES = 500;

  /** A change of one visible attribute for each kind of element. */
  private static PlanElement changed(PlanElement element) {
    switch (element.kind()) {
      case PLAN:
        return ((Plan) element).withTitle(((Plan) element).title() + "（修订）");
      case SECTION:
        return ((Section) element).withTitle(((Section) element).title() + "（修订）");
      case GOAL:
        return ((Goal) element).withName(((Goal) element).name() + "（修订）");
      case INITIATIVE:
        Initiative initiative = (Initiative) element;
        return initiative.withText(initiative.text() + "（修订）").withStatus(InitiativeStatus.DONE);
      case INDICATOR:
        return ((Indicator) element).withName(((Indicator) element).name() + "（修订）");
      case UNIT:
        return ((OrganizationalUnit) element).withName(((OrganizationalUnit) element).name() + "（修订）");
      default:
        throw new AssertionError(element.kind());
    }
  }

  private static boolean isAncestor(String pointer, String of) {
    return !pointer.equals(of) && (pointer.isEmpty() || of.startsWith(pointer + "/"));
  }

  @Test
  void updateChangesOneElementAndSharesTheRest() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans(), integers().between(0, 10_000))
        .check(
            (plan, pick) -> {
              List<PlanNode> before = plan.nodes().toList();
              PlanNode target = before.get(pick % before.size());
              PlanElement expected = changed(target.element());

              Plan after = plan.update(target.id(), PlanElement.class, PlanChangePropertiesTest::changed);

              List<PlanNode> nodes = after.nodes().toList();
              if (nodes.size() != before.size()) {
                return false;
              }
              for (int n = 0; n < before.size(); n++) {
                PlanNode old = before.get(n);
                PlanNode now = nodes.get(n);
                if (!old.pointer().equals(now.pointer()) || !old.id().equals(now.id())) {
                  return false;
                }
                boolean ok;
                if (old.pointer().equals(target.pointer())) {
                  ok = now.element().equals(expected)
                      && now.element().sourceSpan().equals(old.element().sourceSpan());
                } else if (isAncestor(old.pointer(), target.pointer())) {
                  ok = now.element().sourceSpan() == old.element().sourceSpan()
                      || now.element().sourceSpan().equals(old.element().sourceSpan());
                } else {
                  ok = now.element() == old.element(); // shared, not copied
                }
                if (!ok) {
                  return false;
                }
              }
              // The old plan is unchanged.
              return plan.nodes().toList().equals(before)
                  && plan.resolve(target.pointer()).orElseThrow().element() == target.element();
            });
  }

  @Test
  void idsStayUniqueAfterAnyReplacement() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans(), integers().between(0, 10_000))
        .check(
            (plan, pick) -> {
              List<PlanNode> nodes = plan.nodes().toList();
              PlanNode target = nodes.get(pick % nodes.size());
              Plan after = plan.replace(target.pointer(), changed(target.element()));
              List<String> ids = after.nodes().map(PlanNode::id).toList();
              return new HashSet<>(ids).size() == ids.size()
                  && ids.equals(plan.nodes().map(PlanNode::id).toList());
            });
  }

  @Test
  void anUnchangedElementGivesTheSamePlan() {
    qt().withExamples(200)
        .forAll(PlanGenerators.plans(), integers().between(0, 10_000))
        .check(
            (plan, pick) -> {
              List<PlanNode> nodes = plan.nodes().toList();
              PlanNode target = nodes.get(pick % nodes.size());
              return plan.update(target.id(), PlanElement.class, e -> e) == plan;
            });
  }

  private static Plan sample() {
    return Plan.builder()
        .title("江苏路街道 2024 年工作计划")
        .addSection(
            Section.builder()
                .title("“老、小、旧”持续攻坚")
                .addGoal(
                    Goal.builder()
                        .name("做实做细")
                        .addInitiative(
                            Initiative.builder()
                                .text("推进9处精品小区建设")
                                .addIndicator(
                                    Indicator.builder()
                                        .name("精品小区建设")
                                        .measureKind(MeasureKind.COUNT)
                                        .build())
                                .build())
                        .addInitiative(Initiative.builder().text("完成加装电梯10台").build())
                        .build())
                .build())
        .addUnit(OrganizationalUnit.builder().name("城市管理办公室").build())
        .build();
  }

  @Test
  void recordsAnActualAssignsALeadUnitAndSetsAStatus() {
    Plan plan = sample();
    Actual nine = Actual.builder().period(Period.calendarYear(2024)).value(new BigDecimal("9")).build();

    Plan changed =
        plan.update("s1.g1.i1", Initiative.class, i -> i.withStatus(InitiativeStatus.DONE).withLeadUnit("u1"))
            .update("s1.g1.i1.k1", Indicator.class, k -> k.withActuals(List.of(nine)));

    Initiative first = changed.find("s1.g1.i1").orElseThrow().as(Initiative.class);
    assertThat(first.status()).contains(InitiativeStatus.DONE);
    assertThat(first.leadUnit()).contains("u1");
    assertThat(first.indicators().get(0).actuals()).containsExactly(nine);
    assertThat(changed.sections().get(0).goals().get(0).initiatives().get(1))
        .isSameAs(plan.sections().get(0).goals().get(0).initiatives().get(1));
    assertThat(changed.units().get(0)).isSameAs(plan.units().get(0));
    assertThat(plan.find("s1.g1.i1").orElseThrow().as(Initiative.class).status()).isEmpty();
  }

  @Test
  void replacingThePlanItselfGivesTheReplacement() {
    Plan plan = sample();
    Plan other = plan.withTitle("江苏路街道 2025 年工作计划");
    assertThat(plan.replace("", other)).isSameAs(other);
  }

  @Test
  void anElementWithoutIdIsGivenOneFromItsPosition() {
    Plan plan = sample();
    Plan replaced = plan.replace("/sections/0/goals/0/initiatives/1", Initiative.builder().text("新增").build());
    assertThat(replaced.sections().get(0).goals().get(0).initiatives().get(1).id()).isEqualTo("s1.g1.i2");
  }

  @Test
  void refusesWhatCannotBeChanged() {
    Plan plan = sample();
    assertThatThrownBy(() -> plan.update("s9", Section.class, s -> s))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("the plan has no element with id \"s9\"");
    assertThatThrownBy(() -> plan.update("s1.g1", Initiative.class, i -> i))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("element \"s1.g1\" at \"/sections/0/goals/0\" is a goal, not of type Initiative");
    assertThatThrownBy(() -> plan.update("s1.g1.i2", Initiative.class, i -> i.withId("s1.g1.i1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"s1.g1.i1\"");
    assertThatThrownBy(() -> plan.replace("/sections/0/goals/0", plan.units().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the replacement at \"/sections/0/goals/0\" is a unit, but the element at \"/sections/0/goals/0\" is a goal");
    assertThatThrownBy(() -> plan.replace("/sections/3", plan.sections().get(0)))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("the pointer \"/sections/3\" names no element of the plan");
    assertThatThrownBy(() -> plan.update("s1", Section.class, s -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the change of element \"s1\" is null");
  }
}
