package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicplan.rules.Rule;

/**
 * The built-in rule catalogue: structure, target, text, assignment and progress rules. Listed in
 * {@code docs/rules.md}; {@link org.civicplan.rules.RuleCatalogue#standard()} includes them.
 *
 * <pre>{@code
 * for (Rule rule : BuiltinRules.all()) {
 *   System.out.println(rule.id() + " " + rule.defaultSeverity() + " " + rule.profile());
 * }
 * }</pre>
 *
 * <p>Every rule is stateless and thread-safe.
 */
public final class BuiltinRules {
  private static final List<Rule> ALL = load();

  private BuiltinRules() {}

  /** @return every built-in rule, sorted by id */
  public static List<Rule> all() {
    return ALL;
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(StructureRules.all());
    rules.addAll(TargetRules.all());
    rules.addAll(TextRules.all());
    rules.addAll(AssignmentRules.all());
    rules.addAll(ProgressRules.all());
    rules.addAll(ProgressDataRules.all());
    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }
}
