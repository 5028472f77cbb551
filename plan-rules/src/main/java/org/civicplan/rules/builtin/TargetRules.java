package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.INDICATOR;
import static org.civicplan.model.ElementKind.INITIATIVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.IndicatorAttribute;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Milestone;
import org.civicplan.model.Period;
import org.civicplan.model.PlanNode;
import org.civicplan.model.quantity.Quantity;
import org.civicplan.model.Target;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** Rules on indicators and targets (指标, 目标值) and on dates against the plan period. */
final class TargetRules {
  private TargetRules() {}

  static List<Rule> all() {
    return List.of(
        new IndicatorWithoutTarget(),
        new TargetWithoutUnit(),
        new PercentageOutOfRange(),
        new BaselineContradictsDirection(),
        new DueDateOutsidePeriod(),
        new MilestoneOutsidePeriod(),
        new BindingWithoutTarget(),
        new QuantityWithoutIndicator(),
        new NegativeQuantity());
  }

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static boolean isPercentage(Indicator k) {
    if (k.measureKind() == MeasureKind.PERCENTAGE) {
      return true;
    }
    Optional<MeasureUnit> unit = k.unit();
    return unit.isPresent()
        && (unit.get().written().strip().equals("%") || unit.get().written().strip().equals("％"));
  }

  /** An indicator that measures something but has no target value. */
  static final class IndicatorWithoutTarget extends BuiltinRule {
    IndicatorWithoutTarget() {
      super("target/indicator-without-target", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        boolean binding = k.attribute().orElse(null) == IndicatorAttribute.BINDING;
        if (k.target().isEmpty() && k.measureKind() != MeasureKind.QUALITATIVE && !binding) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A target value with no unit, where the kind of measure needs one. */
  static final class TargetWithoutUnit extends BuiltinRule {
    private static final Set<MeasureKind> UNITLESS =
        Set.of(MeasureKind.MILESTONE, MeasureKind.QUALITATIVE, MeasureKind.PERCENTAGE);

    TargetWithoutUnit() {
      super("target/target-without-unit", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (k.target().isPresent()
            && k.target().get().unit().isEmpty()
            && !UNITLESS.contains(k.measureKind())) {
          context.report(node, "message", Describe.element(node), k.target().get().value());
        }
      }
    }
  }

  /** A percentage (target, baseline, milestone or actual) below 0 or above 100. */
  static final class PercentageOutOfRange extends BuiltinRule {
    PercentageOutOfRange() {
      super("target/percentage-out-of-range", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (!isPercentage(k)) {
          continue;
        }
        List<BigDecimal> values = new ArrayList<>();
        k.target().ifPresent(t -> {
          values.add(t.value());
          t.upperValue().ifPresent(values::add);
        });
        k.baseline().map(Baseline::value).ifPresent(values::add);
        k.milestones().stream().map(Milestone::value).forEach(values::add);
        k.actuals().stream().map(Actual::value).forEach(values::add);
        for (BigDecimal v : values) {
          if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            context.report(node, "message", Describe.element(node), v);
            break;
          }
        }
      }
    }
  }

  /** A baseline and target that move against the indicator's direction. */
  static final class BaselineContradictsDirection extends BuiltinRule {
    BaselineContradictsDirection() {
      super("target/baseline-contradicts-direction", Severity.ERROR, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (k.target().isEmpty() || k.baseline().isEmpty() || k.direction().isEmpty()) {
          continue;
        }
        Target t = k.target().get();
        BigDecimal baseline = k.baseline().get().value();
        Direction d = k.direction().get();
        BigDecimal high = t.upperValue().orElse(t.value());
        BigDecimal low = t.value();
        if (d == Direction.INCREASE && high.compareTo(baseline) < 0) {
          context.report(node, "message.increase", Describe.element(node), baseline, high);
        } else if (d == Direction.DECREASE && low.compareTo(baseline) > 0) {
          context.report(node, "message.decrease", Describe.element(node), baseline, low);
        }
      }
    }
  }

  /** An initiative that starts or is due outside the plan's period. */
  static final class DueDateOutsidePeriod extends BuiltinRule {
    DueDateOutsidePeriod() {
      super("target/due-date-outside-period", Severity.WARNING, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Period> period = context.plan().period();
      if (period.isEmpty()) {
        return;
      }
      Period p = period.get();
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        Optional<LocalDate> due = i.due();
        if (due.isPresent() && !p.contains(due.get())) {
          context.report(node, "message", Describe.element(node), due.get(), p.start(), p.end());
        } else if (i.start().isPresent() && !p.contains(i.start().get())) {
          context.report(
              node, "message.start", Describe.element(node), i.start().get(), p.start(), p.end());
        }
      }
    }
  }

  /** A milestone whose period lies outside the plan's period. */
  static final class MilestoneOutsidePeriod extends BuiltinRule {
    MilestoneOutsidePeriod() {
      super("target/milestone-outside-period", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Period> period = context.plan().period();
      if (period.isEmpty()) {
        return;
      }
      Period p = period.get();
      for (PlanNode node : context.nodes(INDICATOR)) {
        for (Milestone m : node.as(Indicator.class).milestones()) {
          if (!p.contains(m.period())) {
            context.report(
                node, "message", Describe.element(node), m.period().start(), m.period().end(),
                p.start(), p.end());
            break;
          }
        }
      }
    }
  }

  /** A binding (约束性) indicator with no target. */
  static final class BindingWithoutTarget extends BuiltinRule {
    BindingWithoutTarget() {
      super("target/binding-without-target", Severity.ERROR, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (k.attribute().orElse(null) == IndicatorAttribute.BINDING && k.target().isEmpty()) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A count, amount or percentage promised in an initiative's text that no indicator measures. */
  static final class QuantityWithoutIndicator extends BuiltinRule {
    QuantityWithoutIndicator() {
      super("target/quantity-without-indicator", Severity.INFO, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (TextScan.Hit<List<Quantity>> hit : context.fact(TextScan.FACT).quantities) {
        PlanNode node = hit.node();
        Initiative i = node.as(Initiative.class);
        List<Quantity> quantities = hit.found();
        Set<BigDecimal> measured = measuredValues(i);
        StringBuilder unmatched = new StringBuilder();
        for (Quantity q : quantities) {
          if (!measured.contains(q.value()) && !measured.contains(q.scaled())) {
            if (unmatched.length() > 0) {
              unmatched.append('、');
            }
            unmatched.append(q.written());
          }
        }
        if (unmatched.length() > 0) {
          context.report(node, "message", Describe.element(node), unmatched.toString());
        }
      }
    }

    /**
     * The target values (bounds included) and milestone values of the initiative's indicators,
     * compared by value (9 = 9.0 = 9.00) with {@link BigDecimal#compareTo}, which needs no
     * rescaling: a value such as {@code 1e-2147483647} cannot overflow the scale as
     * {@code stripTrailingZeros} did.
     */
    private static Set<BigDecimal> measuredValues(Initiative i) {
      Set<BigDecimal> values = new TreeSet<>();
      for (Indicator k : i.indicators()) {
        k.target().ifPresent(t -> {
          values.add(t.value());
          t.upperValue().ifPresent(values::add);
        });
        k.milestones().forEach(m -> values.add(m.value()));
      }
      return values;
    }
  }

  /** A count, amount, area, quantity or duration whose target is negative. */
  static final class NegativeQuantity extends BuiltinRule {
    private static final Set<MeasureKind> NON_NEGATIVE =
        Set.of(MeasureKind.COUNT, MeasureKind.AREA, MeasureKind.QUANTITY, MeasureKind.DURATION);

    NegativeQuantity() {
      super("target/negative-quantity", Severity.WARNING, Profile.DEFAULT, INDICATOR);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INDICATOR)) {
        Indicator k = node.as(Indicator.class);
        if (NON_NEGATIVE.contains(k.measureKind())
            && k.target().isPresent()
            && k.target().get().value().signum() < 0) {
          context.report(node, "message", Describe.element(node), k.target().get().value());
        }
      }
    }
  }
}
