package org.civicplan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every element of a plan without an id a deterministic one from its position ({@link
 * PlanIds}), and checks that ids are unique in the plan. Linear in the size of the plan.
 */
final class IdAssigner {
  private final Set<String> taken;

  private IdAssigner(Set<String> taken) {
    this.taken = taken;
  }

  /**
   * The plan with every missing id assigned, after checking in the same walk that the ids are
   * unique: the plan itself when all ids are present and unique.
   *
   * @throws IllegalArgumentException naming both paths if two elements share an id
   */
  static Plan normalizeIds(Plan plan) {
    IdWalk walk = new IdWalk(elementEstimate(plan));
    walk.seen.add(plan.id()); // the plan's own id is never assigned here
    plan.targets().forEach(walk::visit);
    for (Section s : plan.sections()) {
      walk.visit(s);
      s.indicators().forEach(walk::visit);
      for (Goal g : s.goals()) {
        walk.visit(g);
        g.indicators().forEach(walk::visit);
        for (Initiative i : g.initiatives()) {
          walk.visit(i);
          for (Indicator k : i.indicators()) {
            walk.visit(k);
          }
        }
      }
    }
    plan.units().forEach(walk::visit);
    if (walk.unassigned) {
      // Assigning rebuilds the plan, whose construction checks the ids again, all present then.
      walk.seen.remove(""); // the plan's own id, if blank: not one to keep clear of
      return assignIds(plan, walk.seen);
    }
    if (walk.duplicated) {
      // Rare: walk again with paths to name the first duplicate.
      Map<String, String> first = new HashMap<>();
      plan.nodes().forEach(node -> claim(first, node.id(), node.pointer()));
    }
    return plan;
  }

  /**
   * About the number of elements with an id, the plan's own included, for the size of the walk's
   * set (made once, instead of growing and rehashing every id about log₂ n times on a large
   * plan). It looks at sections and goals only, counting two per initiative (itself and about one
   * indicator): reading every initiative here would cost as much as the growth it saves.
   */
  private static int elementEstimate(Plan plan) {
    long n = 1 + plan.targets().size() + plan.units().size();
    for (Section s : plan.sections()) {
      n += 1 + s.indicators().size();
      for (Goal g : s.goals()) {
        n += 1 + g.indicators().size() + 2L * g.initiatives().size();
      }
    }
    return (int) Math.min(n, 1 << 29);
  }

  /** What one walk over the elements found: a missing id, a repeated one. */
  private static final class IdWalk {
    final Set<String> seen;
    boolean unassigned;
    boolean duplicated;

    IdWalk(int elements) {
      seen = new HashSet<>(Math.max(16, (int) (elements * 4L / 3 + 1)));
    }

    void visit(PlanElement element) {
      String id = element.id();
      if (id.isEmpty()) {
        unassigned = true;
      } else if (!seen.add(id)) {
        duplicated = true;
      }
    }
  }

  private static void claim(Map<String, String> seen, String id, String pointer) {
    String first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      throw new IllegalArgumentException(
          String.format(
              "id \"%s\" is used twice in the plan: at \"%s\" and at \"%s\"", id, first, pointer));
    }
  }

  /**
   * @param declared every id the plan declares (its own among them): the ids assigned keep clear
   *     of them
   */
  private static Plan assignIds(Plan plan, Set<String> declared) {
    IdAssigner assigner = new IdAssigner(declared);

    List<Indicator> targets = assigner.indicators(plan.targets(), null);
    List<Section> sections = new ArrayList<>(plan.sections().size());
    for (int s = 0; s < plan.sections().size(); s++) {
      sections.add(assigner.section(plan.sections().get(s), s + 1));
    }
    List<OrganizationalUnit> units = new ArrayList<>(plan.units().size());
    for (int u = 0; u < plan.units().size(); u++) {
      OrganizationalUnit unit = plan.units().get(u);
      units.add(
          unit.id().isEmpty()
              ? unit.withId(assigner.fresh(PlanIds.unit(u + 1)))
              : unit);
    }
    return Plan.builder().from(plan).targets(targets).sections(sections).units(units).build();
  }

  // Elements are copied with Immutables' with-methods, which share every attribute they do not
  // change (lists included) instead of copying them all as a builder would.

  private Section section(Section section, int position) {
    String id = section.id().isEmpty() ? fresh(PlanIds.section(position)) : section.id();
    List<Goal> goals = new ArrayList<>(section.goals().size());
    for (int g = 0; g < section.goals().size(); g++) {
      goals.add(goal(section.goals().get(g), PlanIds.goal(id, g + 1)));
    }
    return section.withId(id)
        .withIndicators(indicators(section.indicators(), id))
        .withGoals(goals);
  }

  private Goal goal(Goal goal, String candidate) {
    String id = goal.id().isEmpty() ? fresh(candidate) : goal.id();
    List<Initiative> initiatives = new ArrayList<>(goal.initiatives().size());
    for (int i = 0; i < goal.initiatives().size(); i++) {
      initiatives.add(initiative(goal.initiatives().get(i), PlanIds.initiative(id, i + 1)));
    }
    return goal.withId(id)
        .withIndicators(indicators(goal.indicators(), id))
        .withInitiatives(initiatives);
  }

  private Initiative initiative(Initiative initiative, String candidate) {
    String id = initiative.id().isEmpty() ? fresh(candidate) : initiative.id();
    Initiative copy = initiative.withId(id);
    List<Indicator> indicators = initiative.indicators();
    List<Indicator> assigned = indicators(indicators, id);
    return assigned == indicators ? copy : copy.withIndicators(assigned);
  }

  /**
   * The indicators with each missing id assigned from its position ({@link PlanIds#target} when
   * {@code owner} is null, else {@link PlanIds#indicator}: {@code t1}, {@code s1.k2}); the list
   * itself when none is missing.
   */
  private List<Indicator> indicators(List<Indicator> indicators, String owner) {
    boolean unassigned = false;
    for (Indicator indicator : indicators) {
      unassigned |= indicator.id().isEmpty();
    }
    if (!unassigned) {
      return indicators;
    }
    List<Indicator> assigned = new ArrayList<>(indicators.size());
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      assigned.add(
          indicator.id().isEmpty()
              ? indicator.withId(fresh(owner == null ? PlanIds.target(k + 1) : PlanIds.indicator(owner, k + 1)))
              : indicator);
    }
    return assigned;
  }

  /** The candidate if it is free, else the candidate with the first free suffix -2, -3, … */
  private String fresh(String candidate) {
    String id = candidate;
    for (int n = 2; !taken.add(id); n++) {
      id = candidate + "-" + n;
    }
    return id;
  }
}
