package org.civicplan.rules;

import java.util.Map;
import java.util.Objects;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceSpan;

/**
 * A plan with the name reports show for it: usually the file it was read from.
 *
 * <pre>{@code
 * validator.validateAll(List.of(
 *     new NamedPlan("plans/2024.md", plan2024),
 *     NamedPlan.of(plan2025)));          // named after plan2025.source(), or its id
 * }</pre>
 *
 * <p>Findings point into the file {@code name}: where the plan's own source spans describe
 * another document (its {@link Plan#source()} names a file of another name than {@code name}, or {@code
 * locations} are given, as for a JSON plan converted from Markdown), those spans are reported as
 * the finding's {@link Finding#originalSpan() original span} and the finding's span in the file
 * comes from {@code locations}, or is absent.
 *
 * @param name the name reports show, such as a file path
 * @param plan the plan
 * @param locations where the elements are in the file {@code name}, by JSON Pointer
 */
public record NamedPlan(String name, Plan plan, Map<String, SourceSpan> locations) {

  /**
   * Rejects nulls; copies the locations.
   *
   * @param name the name reports show
   * @param plan the plan
   * @param locations where the elements are in the file {@code name}, by JSON Pointer, when that
   *     file is not the document the plan's source spans describe (a JSON plan: see {@code
   *     ImportResult.locations()}); empty otherwise
   */
  public NamedPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
    locations = Map.copyOf(locations);
  }

  /**
   * A plan whose source spans, if any, are in the file {@code name}, or name their own document.
   *
   * @param name the name reports show, such as a file path
   * @param plan the plan
   */
  public NamedPlan(String name, Plan plan) {
    this(name, plan, Map.of());
  }

  /**
   * @param plan a plan
   * @return the plan named after the document it was read from, or after its id
   */
  public static NamedPlan of(Plan plan) {
    return new NamedPlan(plan.source().map(s -> s.name()).orElse(plan.id()), plan);
  }
}
