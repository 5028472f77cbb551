package org.civicplan.rules;

import java.util.Objects;
import org.civicplan.model.Plan;

/**
 * A plan with the name reports show for it: usually the file it was read from.
 *
 * <pre>{@code
 * validator.validateAll(List.of(
 *     new NamedPlan("plans/2024.md", plan2024),
 *     NamedPlan.of(plan2025)));          // named after plan2025.source(), or its id
 * }</pre>
 *
 * @param name the name reports show, such as a file path
 * @param plan the plan
 */
public record NamedPlan(String name, Plan plan) {

  /**
   * Rejects nulls.
   *
   * @param name the name reports show
   * @param plan the plan
   */
  public NamedPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * @param plan a plan
   * @return the plan named after the document it was read from, or after its id
   */
  public static NamedPlan of(Plan plan) {
    return new NamedPlan(plan.source().map(s -> s.name()).orElse(plan.id()), plan);
  }
}
