package org.civicplan.rules;

import java.util.Map;

/**
 * A rule as a {@link Validator} runs it: the rule, its severity after configuration and its
 * thresholds after configuration.
 *
 * <pre>{@code
 * for (ActiveRule active : validator.activeRules()) {
 *   System.out.println(active.rule().id() + " " + active.severity().label());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ActiveRule {
  private final Rule rule;
  private final Severity severity;
  private final Map<String, Double> thresholds;

  ActiveRule(Rule rule, Severity severity, Map<String, Double> thresholds) {
    this.rule = rule;
    this.severity = severity;
    this.thresholds = Map.copyOf(thresholds);
  }

  /** @return the rule */
  public Rule rule() {
    return rule;
  }

  /** @return the severity its findings get */
  public Severity severity() {
    return severity;
  }

  /** @return the value of each of the rule's thresholds */
  public Map<String, Double> thresholds() {
    return thresholds;
  }

  /** Equal when the same rule (by id) runs with the same severity and thresholds. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ActiveRule a
        && rule.id().equals(a.rule.id())
        && severity == a.severity
        && thresholds.equals(a.thresholds);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rule.id(), severity, thresholds);
  }

  @Override
  public String toString() {
    return rule.id() + "=" + severity.label() + (thresholds.isEmpty() ? "" : " " + thresholds);
  }
}
