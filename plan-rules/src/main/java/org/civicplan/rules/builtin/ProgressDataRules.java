package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.INDICATOR;
import static org.civicplan.model.ElementKind.INITIATIVE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Actual;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.PlanNode;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/**
 * More rules on reported progress (进展情况), beside {@link ProgressRules}: a cumulative count
 * that goes down, one period reported twice, and an overdue initiative not marked delayed.
 */
final class ProgressDataRules {
  private ProgressDataRules() {}

  static List<Rule> all() {
    return List.of(new CumulativeActualDecreases(), new PeriodReportedTwice(), new OverdueNotDelayed());
  }

  /** Actuals in order of their periods' ends (the order given for equal ends). */
  static List<Actual> byEnd(Indicator k) {
    List<Actual> sorted = new ArrayList<>(k.actuals());
    sorted.sort(java.util.Comparator.comparing(a -> a.period().end()));
    return sorted;
  }

  /**
   * A count (完成9处) reported cumulatively that goes down from one period to a later one: a count
   * of things done cannot shrink, so one of the reports is wrong or not cumulative.
   */
  static final class CumulativeActualDecreases extends BuiltinRule {
    CumulativeActualDecreases() {
      super("progress/cumulative-actual-decreases", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (k.measureKind() != MeasureKind.COUNT || k.direction().orElse(Direction.INCREASE) != Direction.INCREASE
            || k.actuals().size() < 2) {
          continue;
        }
        List<Actual> sorted = byEnd(k);
        for (int i = 1; i < sorted.size(); i++) {
          Actual before = sorted.get(i - 1);
          Actual after = sorted.get(i);
          if (after.period().end().isAfter(before.period().end()) && after.value().compareTo(before.value()) < 0) {
            context.report(node, "message", Describe.element(node), before.value(), before.period().end(),
                after.value(), after.period().end());
            break;
          }
        }
      }
    }
  }

  /** Two actuals of one indicator for exactly the same days. */
  static final class PeriodReportedTwice extends BuiltinRule {
    PeriodReportedTwice() {
      super("progress/period-reported-twice", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        List<Actual> actuals = node.as(Indicator.class).actuals();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Actual a : actuals) {
          if (!seen.add(a.period().start() + "/" + a.period().end())) {
            context.report(node, "message", Describe.element(node), a.period().start(), a.period().end());
            break;
          }
        }
      }
    }
  }

  /**
   * An initiative past its due date, neither done, cancelled nor marked delayed (滞后), on the day
   * of the plan's latest report (the last day of the latest actual anywhere in the plan; no
   * clock is read, so a plan always gives the same findings).
   */
  static final class OverdueNotDelayed extends BuiltinRule {
    OverdueNotDelayed() {
      super("progress/overdue-not-delayed", Severity.WARNING, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      LocalDate asOf = null;
      for (PlanNode node : context.nodes(INDICATOR)) {
        for (Actual a : node.as(Indicator.class).actuals()) {
          if (asOf == null || a.period().end().isAfter(asOf)) {
            asOf = a.period().end();
          }
        }
      }
      if (asOf == null) {
        return;
      }
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        InitiativeStatus s = i.status().orElse(null);
        if (i.due().isPresent() && i.due().get().isBefore(asOf)
            && (s == InitiativeStatus.IN_PROGRESS || s == InitiativeStatus.NOT_STARTED)) {
          context.report(node, "message", Describe.element(node), i.due().get(), asOf);
        }
      }
    }
  }
}
