package org.civicplan.model.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.Plan;

/**
 * The progress of every element of one plan on one day, as {@link ProgressCalculator#compute}
 * found it: a {@link Progress} for the plan and each section, goal, initiative and indicator (by
 * id), and the overdue initiatives.
 *
 * <pre>{@code
 * PlanProgress progress = ProgressCalculator.create().compute(plan, LocalDate.of(2024, 7, 1));
 * progress.plan().percent();                  // the whole plan, weighted
 * progress.of("s2.g1").flatMap(Progress::percent);
 * progress.overdue().size();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanProgress {
  private final String planId;
  private final LocalDate asOf;
  private final Map<String, Progress> byId;
  private final List<Overdue> overdue;

  PlanProgress(Plan plan, LocalDate asOf, Map<String, Progress> byId, List<Overdue> overdue) {
    this.planId = plan.id();
    this.asOf = asOf;
    this.byId = Map.copyOf(byId);
    this.overdue = List.copyOf(overdue);
  }

  /** @return the day the progress was computed for (overdue items are late on this day) */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the whole plan's progress */
  public Progress plan() {
    return byId.get(planId);
  }

  /**
   * @param id the id of a section, goal, initiative or indicator (or of the plan)
   * @return its progress, or empty if the plan has no such element
   */
  public Optional<Progress> of(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @return the overdue initiatives in document order */
  public List<Overdue> overdue() {
    return overdue;
  }
}
