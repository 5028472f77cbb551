package org.civicplan.tasks;

import org.civicplan.model.Plan;

/**
 * A merged sheet: the plan with the sheet's statuses, actuals, units and due dates, and counts
 * of what changed.
 *
 * <pre>{@code
 * MergeResult r = sheets.merge(plan, Path.of("filled.xlsx"));
 * r.plan();                 // the updated plan
 * r.initiativesChanged();   // 12
 * }</pre>
 *
 * @param plan the plan after the merge (equal to the plan before when nothing changed)
 * @param initiativesChanged existing initiatives whose status, due date, units, actuals or notes changed
 * @param actualsRecorded actuals added or replaced (of initiatives' indicators and of targets)
 * @param initiativesAppended rows added by offices, appended as new initiatives
 * @param targetsChanged targets of the plan, a section or a goal whose actuals or notes changed
 */
public record MergeResult(Plan plan, int initiativesChanged, int actualsRecorded, int initiativesAppended,
    int targetsChanged) {}
