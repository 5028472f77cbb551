package org.civicplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes of one plan in document order, by id and by pointer. Built once per plan. */
final class PlanIndex {
  private final List<PlanNode> nodes;
  private final Map<String, PlanNode> byId;
  private final Map<String, PlanNode> byPointer;

  PlanIndex(Plan plan) {
    List<PlanNode> all = new ArrayList<>();
    PlanNode root = new PlanNode(plan, "", null);
    all.add(root);
    List<Section> sections = plan.sections();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      PlanNode sectionNode = child(all, section, root, "sections", s);
      List<Goal> goals = section.goals();
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = goals.get(g);
        PlanNode goalNode = child(all, goal, sectionNode, "goals", g);
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
    Map<String, PlanNode> ids = new HashMap<>(all.size() * 2);
    Map<String, PlanNode> pointers = new HashMap<>(all.size() * 2);
    for (PlanNode node : all) {
      ids.putIfAbsent(node.id(), node);
      pointers.put(node.pointer(), node);
    }
    this.nodes = Collections.unmodifiableList(all);
    this.byId = ids;
    this.byPointer = pointers;
  }

  private static PlanNode child(
      List<PlanNode> all, PlanElement element, PlanNode parent, String list, int index) {
    PlanNode node = new PlanNode(element, parent.pointer() + "/" + list + "/" + index, parent);
    all.add(node);
    return node;
  }

  List<PlanNode> nodes() {
    return nodes;
  }

  PlanNode byId(String id) {
    return byId.get(id);
  }

  PlanNode byPointer(String pointer) {
    return byPointer.get(pointer);
  }
}
