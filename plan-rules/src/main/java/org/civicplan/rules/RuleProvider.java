package org.civicplan.rules;

import java.util.List;

/**
 * Supplies rules to {@link RuleCatalogue#standard()} through {@link java.util.ServiceLoader}: put
 * the implementation's class name in {@code META-INF/services/org.civicplan.rules.RuleProvider}
 * of your jar and its rules appear in the catalogue, in reports and in {@code civicplan rules},
 * without code changes. Implementations need a public no-argument constructor.
 *
 * <pre>{@code
 * public final class DistrictRules implements RuleProvider {
 *   public List<Rule> rules() {
 *     return List.of(new BudgetCodeRule(), new DistrictUnitRule());
 *   }
 * }
 * }</pre>
 */
public interface RuleProvider {

  /** @return the rules this provider contributes, each with an id no other rule has */
  List<Rule> rules();
}
