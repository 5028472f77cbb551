package org.civicplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of one plan in document order, by id and by pointer. Built once per plan; the maps by
 * id and by pointer are built at their first use (many callers only walk the nodes), then shared.
 * Thread-safe: a map is built whole and then published through a volatile field.
 */
final class PlanIndex {
  private final List<PlanNode> nodes;
  private volatile Map<String, PlanNode> byId;
  private volatile Map<String, PlanNode> byPointer;

  PlanIndex(Plan plan) {
    List<PlanNode> all = new ArrayList<>();
    PlanNode root = new PlanNode(plan);
    all.add(root);
    indicators(all, plan.targets(), root, "targets");
    List<Section> sections = plan.sections();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      PlanNode sectionNode = child(all, section, root, "sections", s);
      indicators(all, section.indicators(), sectionNode, "indicators");
      List<Goal> goals = section.goals();
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = goals.get(g);
        PlanNode goalNode = child(all, goal, sectionNode, "goals", g);
        indicators(all, goal.indicators(), goalNode, "indicators");
        List<Initiative> initiatives = goal.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
          Initiative initiative = initiatives.get(i);
          PlanNode initiativeNode = child(all, initiative, goalNode, "initiatives", i);
          List<Indicator> indicators = initiative.indicators();
          for (int k = 0; k < indicators.size(); k++) {
            child(all, indicators.get(k), initiativeNode, "indicators", k);
          }
        }
      }
    }
    List<OrganizationalUnit> units = plan.units();
    for (int u = 0; u < units.size(); u++) {
      child(all, units.get(u), root, "units", u);
    }
    this.nodes = Collections.unmodifiableList(all);
  }

  private static void indicators(
      List<PlanNode> all, List<Indicator> indicators, PlanNode parent, String list) {
    for (int k = 0; k < indicators.size(); k++) {
      child(all, indicators.get(k), parent, list, k);
    }
  }

  private static PlanNode child(
      List<PlanNode> all, PlanElement element, PlanNode parent, String list, int index) {
    PlanNode node = new PlanNode(element, parent, list, index);
    all.add(node);
    return node;
  }

  List<PlanNode> nodes() {
    return nodes;
  }

  PlanNode byId(String id) {
    Map<String, PlanNode> ids = byId;
    if (ids == null) {
      ids = new HashMap<>(nodes.size() * 2);
      for (PlanNode node : nodes) {
        ids.putIfAbsent(node.id(), node);
      }
      byId = ids;
    }
    return ids.get(id);
  }

  PlanNode byPointer(String pointer) {
    Map<String, PlanNode> pointers = byPointer;
    if (pointers == null) {
      pointers = new HashMap<>(nodes.size() * 2);
      for (PlanNode node : nodes) {
        pointers.put(node.pointer(), node);
      }
      byPointer = pointers;
    }
    return pointers.get(pointer);
  }
}
