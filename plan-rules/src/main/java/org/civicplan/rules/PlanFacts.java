package org.civicplan.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;

/** The nodes of one plan grouped by kind, computed once per validation and shared by its rules. */
final class PlanFacts {
  private final Plan plan;
  private final List<PlanNode> all;
  private final Map<ElementKind, List<PlanNode>> byKind = new EnumMap<>(ElementKind.class);
  /** Document order by id; built at the first finding, since most plans have few. */
  private Map<String, Integer> order;
  private final Map<RuleContext.Fact<?>, Object> shared = new IdentityHashMap<>();

  PlanFacts(Plan plan) {
    this.plan = plan;
    this.all = plan.nodes().toList();
    for (ElementKind kind : ElementKind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    for (int i = 0; i < all.size(); i++) {
      PlanNode node = all.get(i);
      byKind.get(node.kind()).add(node);
    }
    byKind.replaceAll((k, v) -> Collections.unmodifiableList(v));
  }

  Plan plan() {
    return plan;
  }

  PlanNode root() {
    return all.get(0);
  }

  List<PlanNode> all() {
    return all;
  }

  List<PlanNode> nodes(ElementKind kind) {
    return byKind.get(kind);
  }

  /** Not thread-safe: a validation's facts are used by one thread, rule after rule. */
  @SuppressWarnings("unchecked")
  <T> T fact(RuleContext.Fact<T> fact) {
    if (shared.containsKey(fact)) {
      return (T) shared.get(fact);
    }
    // A context with no thresholds and nowhere to report: a fact belongs to no rule.
    T value = fact.compute(new RuleContext(this, FACTS, Severity.INFO, Map.of(), List.of()));
    shared.put(fact, value);
    return value;
  }

  /** The rule a fact's context names: {@link RuleFailure}, which has no thresholds. */
  private static final Rule FACTS = RuleFailure.INSTANCE;

  /** Not thread-safe: a validation's facts are used by one thread, rule after rule. */
  int orderOf(PlanNode node) {
    if (order == null) {
      Map<String, Integer> byId = new HashMap<>(all.size() * 2);
      for (int i = 0; i < all.size(); i++) {
        byId.putIfAbsent(all.get(i).id(), i);
      }
      order = byId;
    }
    return order.getOrDefault(node.id(), all.size());
  }
}
