package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.INDICATOR;
import static org.civicplan.model.ElementKind.INITIATIVE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Period;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Target;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** Rules on reported progress (进展情况): actuals and statuses. */
final class ProgressRules {
  private ProgressRules() {}

  static List<Rule> all() {
    return List.of(new ActualOutsidePeriod(), new StatusContradictsValues());
  }

  /**
   * An actual reported for a period outside the plan's. (An actual for an unknown indicator cannot
   * occur: the model keeps actuals inside their indicator.)
   */
  static final class ActualOutsidePeriod extends BuiltinRule {
    ActualOutsidePeriod() {
      super("progress/actual-outside-period", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Period> period = context.plan().period();
      if (period.isEmpty()) {
        return;
      }
      Period p = period.get();
      for (PlanNode node : context.nodes(INDICATOR)) {
        for (Actual a : node.as(Indicator.class).actuals()) {
          if (!p.contains(a.period())) {
            context.report(node, "message", Describe.element(node), a.period().start(),
                a.period().end(), p.start(), p.end());
            break;
          }
        }
      }
    }
  }

  /**
   * A status that the reported values contradict: done (已完成) while the latest actual of an
   * indicator misses its target, or not started (未启动) while actuals above zero are reported.
   */
  static final class StatusContradictsValues extends BuiltinRule {
    StatusContradictsValues() {
      super("progress/status-contradicts-values", Severity.WARNING, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        InitiativeStatus status = i.status().orElse(null);
        if (status == InitiativeStatus.DONE) {
          for (Indicator k : i.indicators()) {
            Optional<Actual> latest = latest(k);
            if (k.target().isPresent() && latest.isPresent() && !met(k, k.target().get(), latest.get().value())) {
              context.report(node, "message.done", Describe.element(node), Describe.clip(k.name()),
                  latest.get().value(), k.target().get().value());
              break;
            }
          }
        } else if (status == InitiativeStatus.NOT_STARTED) {
          for (Indicator k : i.indicators()) {
            Optional<Actual> positive = k.actuals().stream().filter(a -> a.value().signum() > 0).findFirst();
            if (positive.isPresent()) {
              context.report(node, "message.not-started", Describe.element(node),
                  Describe.clip(k.name()), positive.get().value());
              break;
            }
          }
        }
      }
    }

    /** The actual whose period ends last; of equal ends, the one given last. */
    private static Optional<Actual> latest(Indicator k) {
      Actual best = null;
      for (Actual a : k.actuals()) {
        if (best == null || !a.period().end().isBefore(best.period().end())) {
          best = a;
        }
      }
      return Optional.ofNullable(best);
    }

    /** Whether a value meets a target, reading the comparator and direction. */
    static boolean met(Indicator k, Target t, BigDecimal value) {
      boolean decrease = k.direction().orElse(Direction.INCREASE) == Direction.DECREASE;
      switch (t.comparator()) {
        case AT_MOST:
          return value.compareTo(t.value()) <= 0;
        case BETWEEN:
          return value.compareTo(t.value()) >= 0
              && value.compareTo(t.upperValue().orElse(t.value())) <= 0;
        case ABOUT:
          // 左右: within 5% (1/20) of the value counts as met; bounded arithmetic, as the
          // value may be 1e-2147483647.
          return BoundedDecimals.withinSlack(value, t.value(), 20, decrease);
        default:
          return decrease ? value.compareTo(t.value()) <= 0 : value.compareTo(t.value()) >= 0;
      }
    }
  }
}
