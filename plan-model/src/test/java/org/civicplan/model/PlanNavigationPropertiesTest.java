package org.civicplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/** Laws of plan construction and navigation, checked over arbitrary plans. */
class PlanNavigationPropertiesTest {
  private static final int EXAMPLES = 1000;

  @Test
  void idsAreUniqueAndNeverBlankInEveryPlan() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan -> {
              List<String> ids = plan.nodes().map(PlanNode::id).collect(Collectors.toList());
              return ids.stream().noneMatch(String::isBlank) && new HashSet<>(ids).size() == ids.size();
            });
  }

  @Test
  void everyPointerResolvesBackToItsElement() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan ->
                plan.nodes()
                    .allMatch(
                        node ->
                            plan.resolve(node.pointer()).map(PlanNode::element).orElse(null)
                                    == node.element()
                                && plan.pointerOf(node.element()).orElse("?").equals(node.pointer())));
  }

  @Test
  void findByIdReturnsTheElementWithThatId() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan ->
                plan.nodes()
                    .allMatch(node -> plan.find(node.id()).orElseThrow().element() == node.element()));
  }

  @Test
  void pointersAreTheJsonPathOfEachElement() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan -> {
              List<PlanNode> nodes = plan.nodes().toList();
              int at = 1;
              for (int t = 0; t < plan.targets().size(); t++) {
                if (!nodes.get(at++).pointer().equals("/targets/" + t)) {
                  return false;
                }
              }
              for (int s = 0; s < plan.sections().size(); s++) {
                if (!nodes.get(at++).pointer().equals("/sections/" + s)) {
                  return false;
                }
                for (int k = 0; k < plan.sections().get(s).indicators().size(); k++) {
                  if (!nodes.get(at++).pointer().equals("/sections/" + s + "/indicators/" + k)) {
                    return false;
                  }
                }
                List<Goal> goals = plan.sections().get(s).goals();
                for (int g = 0; g < goals.size(); g++) {
                  if (!nodes.get(at++).pointer().equals("/sections/" + s + "/goals/" + g)) {
                    return false;
                  }
                  for (int k = 0; k < goals.get(g).indicators().size(); k++) {
                    if (!nodes.get(at++).pointer().equals("/sections/" + s + "/goals/" + g + "/indicators/" + k)) {
                      return false;
                    }
                  }
                  List<Initiative> initiatives = goals.get(g).initiatives();
                  for (int i = 0; i < initiatives.size(); i++) {
                    String p = "/sections/" + s + "/goals/" + g + "/initiatives/" + i;
                    if (!nodes.get(at++).pointer().equals(p)) {
                      return false;
                    }
                    for (int k = 0; k < initiatives.get(i).indicators().size(); k++) {
                      if (!nodes.get(at++).pointer().equals(p + "/indicators/" + k)) {
                        return false;
                      }
                    }
                  }
                }
              }
              for (int u = 0; u < plan.units().size(); u++) {
                if (!nodes.get(at++).pointer().equals("/units/" + u)) {
                  return false;
                }
              }
              return nodes.get(0).pointer().isEmpty() && at == nodes.size();
            });
  }

  @Test
  void threadsLookingUpAFreshPlanAtOnceAllFindTheSameNodes() throws Exception {
    // The maps by id and by pointer, and the pointers, are built at first use: several threads
    // may be first at once.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      qt().withExamples(100)
          .forAll(PlanGenerators.plans())
          .checkAssert(
              generated -> {
                Plan plan = Plan.builder().from(generated).build();
                List<PlanNode> nodes = plan.nodes().toList();
                List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                  answers.add(
                      pool.submit(
                          () ->
                              nodes.stream()
                                  .allMatch(
                                      n ->
                                          plan.find(n.id()).orElseThrow() == n
                                              && plan.resolve(n.pointer()).orElseThrow() == n)));
                }
                for (java.util.concurrent.Future<Boolean> answer : answers) {
                  try {
                    assertThat(answer.get()).isTrue();
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                }
              });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nodesVisitEveryElementOnceInDocumentOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan -> {
              List<PlanElement> expected = new java.util.ArrayList<>();
              expected.add(plan);
              expected.addAll(plan.targets());
              for (Section s : plan.sections()) {
                expected.add(s);
                expected.addAll(s.indicators());
                for (Goal g : s.goals()) {
                  expected.add(g);
                  expected.addAll(g.indicators());
                  for (Initiative i : g.initiatives()) {
                    expected.add(i);
                    expected.addAll(i.indicators());
                  }
                }
              }
              expected.addAll(plan.units());
              List<PlanElement> actual = plan.nodes().map(PlanNode::element).collect(Collectors.toList());
              if (actual.size() != expected.size()) {
                return false;
              }
              for (int n = 0; n < actual.size(); n++) {
                if (actual.get(n) != expected.get(n)) {
                  return false;
                }
              }
              List<PlanElement> indicators = new java.util.ArrayList<>();
              for (PlanElement e : expected) {
                if (e instanceof org.civicplan.model.Indicator) {
                  indicators.add(e);
                }
              }
              return plan.indicators().collect(Collectors.toList()).equals(indicators);
            });
  }

  @Test
  void parentOfEveryNodeContainsIt() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan ->
                plan.nodes()
                    .allMatch(
                        node ->
                            node.parent()
                                .map(p -> node.pointer().startsWith(p.pointer() + "/"))
                                .orElse(node.element() == plan)));
  }

  @Test
  void rebuildingAPlanIsIdempotent() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(plan -> Plan.builder().from(plan).build().equals(plan));
  }

  @Test
  void assignedIdsAreDeterministic() {
    // Strip every declared id from sections down, build twice: same ids both times.
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans())
        .check(
            plan -> {
              Plan a = withoutIds(plan);
              Plan b = withoutIds(plan);
              Set<String> idsA = a.nodes().map(PlanNode::id).collect(Collectors.toSet());
              return a.equals(b) && idsA.size() == a.nodes().count();
            });
  }

  private static Plan withoutIds(Plan plan) {
    return Plan.builder()
        .from(plan)
        .sections(
            plan.sections().stream()
                .map(s -> Section.builder().from(s).id("").build())
                .collect(Collectors.toList()))
        .build();
  }
}
