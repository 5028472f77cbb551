package org.civicplan.model.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.model.InitiativeStatus;

/**
 * An initiative past its due date (完成时限) and neither done nor cancelled on the day asked about.
 *
 * <pre>{@code
 * for (Overdue o : progress.overdue()) {
 *   System.out.println(o.initiativeId() + " due " + o.due() + ", " + o.daysLate() + " days late");
 * }
 * }</pre>
 *
 * @param initiativeId the initiative's id
 * @param due its due date
 * @param status its status, if it has one
 * @param daysLate days from the due date to the day asked about, at least 1
 */
public record Overdue(String initiativeId, LocalDate due, Optional<InitiativeStatus> status, long daysLate) {
  /** Checks that no component is null. */
  public Overdue {
    Objects.requireNonNull(initiativeId);
    Objects.requireNonNull(due);
    Objects.requireNonNull(status);
  }
}
