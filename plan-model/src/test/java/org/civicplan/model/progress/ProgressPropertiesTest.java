package org.civicplan.model.progress;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * Laws of progress over arbitrary plans (arbitrary values of any scale, directions, comparators,
 * weights and statuses): every fraction lies in 0..1 (over-achievement is capped and flagged),
 * and a parent's progress lies between its counted children's lowest and highest.
 */
class ProgressPropertiesTest {
  private static final int EXAMPLES = 1000;
  private static final ProgressCalculator CALC = ProgressCalculator.builder()
      .statusProgress(InitiativeStatus.IN_PROGRESS, new BigDecimal("0.5")).build();

  @Test
  void everyProgressIsBetweenZeroAndOne() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(PlanGenerators.plans()).check(plan -> {
      PlanProgress p = CALC.compute(plan, LocalDate.of(2024, 7, 1));
      return plan.nodes()
          .filter(n -> n.kind() != org.civicplan.model.ElementKind.UNIT)
          .map(n -> p.of(n.id()).orElseThrow())
          .allMatch(x -> x.fraction().map(f -> f.signum() >= 0 && f.compareTo(BigDecimal.ONE) <= 0).orElse(true)
              && x.coverage().signum() >= 0 && x.coverage().compareTo(BigDecimal.ONE) <= 0);
    });
  }

  @Test
  void aParentLiesBetweenItsChildren() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(PlanGenerators.plans()).check(plan -> {
      PlanProgress p = CALC.compute(plan, LocalDate.of(2024, 7, 1));
      List<String> sections = new ArrayList<>();
      List<Optional<BigDecimal>> sectionWeights = new ArrayList<>();
      for (Section s : plan.sections()) {
        List<String> goals = new ArrayList<>();
        List<Optional<BigDecimal>> goalWeights = new ArrayList<>();
        for (Goal g : s.goals()) {
          List<String> ins = new ArrayList<>();
          List<Optional<BigDecimal>> w = new ArrayList<>();
          for (Initiative i : g.initiatives()) {
            if (i.status().orElse(null) != InitiativeStatus.CANCELLED) {
              ins.add(i.id());
              w.add(i.weight());
            }
          }
          if (!between(p, g.id(), ins, w)) {
            return false;
          }
          goals.add(g.id());
          goalWeights.add(g.weight());
        }
        if (!between(p, s.id(), goals, goalWeights)) {
          return false;
        }
        sections.add(s.id());
        sectionWeights.add(s.weight());
      }
      return between(p, plan.id(), sections, sectionWeights);
    });
  }

  private static boolean between(PlanProgress p, String parent, List<String> children,
      List<Optional<BigDecimal>> weights) {
    BigDecimal min = null;
    BigDecimal max = null;
    for (int i = 0; i < children.size(); i++) {
      if (weights.get(i).map(w -> w.signum() == 0).orElse(false)) {
        continue;
      }
      Optional<BigDecimal> f = p.of(children.get(i)).orElseThrow().fraction();
      if (f.isPresent()) {
        min = min == null || f.get().compareTo(min) < 0 ? f.get() : min;
        max = max == null || f.get().compareTo(max) > 0 ? f.get() : max;
      }
    }
    Optional<BigDecimal> pf = p.of(parent).orElseThrow().fraction();
    if (min == null) {
      return pf.isEmpty();
    }
    return pf.isPresent() && pf.get().compareTo(min) >= 0 && pf.get().compareTo(max) <= 0;
  }
}
