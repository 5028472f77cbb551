package org.civicplan.tasks;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a progress report (a table row or a sentence) matched to an initiative of the plan.
 *
 * @param text the report's text for the entry (its task and completion text)
 * @param initiativeId the matched initiative
 * @param byId whether the entry named the initiative's id (else it was matched by text)
 * @param score the text similarity, 0 to 1 (1 for a match by id)
 * @param indicatorId the indicator the figure was recorded for, if one was
 * @param value the figure recorded as the period's actual, if one was found
 */
public record ReportMatch(String text, String initiativeId, boolean byId, double score,
    Optional<String> indicatorId, Optional<BigDecimal> value) {
  /** Checks that no component is null. */
  public ReportMatch {
    Objects.requireNonNull(text);
    Objects.requireNonNull(initiativeId);
    Objects.requireNonNull(indicatorId);
    Objects.requireNonNull(value);
  }
}
