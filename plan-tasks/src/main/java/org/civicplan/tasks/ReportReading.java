package org.civicplan.tasks;

import java.util.List;
import org.civicplan.model.Plan;

/**
 * A progress report read against its plan: the plan with the report's figures recorded as
 * actuals for the period, each entry's match with its score, and the entries that matched no
 * initiative.
 *
 * @param plan the plan with the recorded actuals (and the report's text as the actuals' notes)
 * @param period the period reported on
 * @param matches the matched entries, in report order
 * @param unmatched the texts of entries that matched no initiative, in report order
 */
public record ReportReading(Plan plan, ReportingPeriod period, List<ReportMatch> matches, List<String> unmatched) {
  /** Copies the lists. */
  public ReportReading {
    matches = List.copyOf(matches);
    unmatched = List.copyOf(unmatched);
  }
}
