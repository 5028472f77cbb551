package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.INITIATIVE;
import static org.civicplan.model.ElementKind.UNIT;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.model.Initiative;
import org.civicplan.model.PlanNode;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** Rules for plans being split into assignments (任务分解): who leads, who helps, by when. */
final class AssignmentRules {
  private AssignmentRules() {}

  static List<Rule> all() {
    return List.of(
        new LeadUnitMissing(),
        new UnitUndeclared(),
        new DueDateMissing(),
        new DuplicateUnit(),
        new UnitUnused());
  }

  /** An initiative with no lead unit (牵头单位). */
  static final class LeadUnitMissing extends BuiltinRule {
    LeadUnitMissing() {
      super("assignment/lead-unit-missing", Severity.WARNING, Profile.TASK_DECOMPOSITION, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INITIATIVE)) {
        if (node.as(Initiative.class).leadUnit().isEmpty()) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A lead or supporting unit id that the plan does not declare among its units. */
  static final class UnitUndeclared extends BuiltinRule {
    UnitUndeclared() {
      super("assignment/unit-undeclared", Severity.ERROR, Profile.TASK_DECOMPOSITION, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        Set<String> refs = new LinkedHashSet<>();
        i.leadUnit().ifPresent(refs::add);
        refs.addAll(i.supportingUnits());
        for (String ref : refs) {
          if (context.plan().unit(ref).isEmpty()) {
            context.report(node, "message", Describe.element(node), Describe.clip(ref));
          }
        }
      }
    }
  }

  /** An initiative with no due date (完成时限). */
  static final class DueDateMissing extends BuiltinRule {
    DueDateMissing() {
      super("assignment/due-date-missing", Severity.WARNING, Profile.TASK_DECOMPOSITION, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INITIATIVE)) {
        if (node.as(Initiative.class).due().isEmpty()) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A unit named twice on one initiative: as lead and supporting, or twice as supporting. */
  static final class DuplicateUnit extends BuiltinRule {
    DuplicateUnit() {
      super("assignment/duplicate-unit", Severity.INFO, Profile.TASK_DECOMPOSITION, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        Set<String> seen = new HashSet<>();
        i.leadUnit().ifPresent(seen::add);
        for (String ref : i.supportingUnits()) {
          if (!seen.add(ref)) {
            context.report(node, "message", Describe.element(node), Describe.clip(ref));
            break;
          }
        }
      }
    }
  }

  /** A declared unit that no initiative names. */
  static final class UnitUnused extends BuiltinRule {
    UnitUnused() {
      super("assignment/unit-unused", Severity.INFO, Profile.STRICT, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      Set<String> used = new HashSet<>();
      for (PlanNode node : context.nodes(INITIATIVE)) {
        Initiative i = node.as(Initiative.class);
        i.leadUnit().ifPresent(used::add);
        used.addAll(i.supportingUnits());
      }
      for (PlanNode node : context.nodes(UNIT)) {
        if (!used.contains(node.id())) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }
}
