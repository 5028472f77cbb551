/**
 * Task-decomposition sheets (任务分解表) and progress reports (执行情况) for CivicPlan plans.
 *
 * <p>{@link org.civicplan.tasks.TaskSheets} writes a plan's tasks as XLSX or CSV, one row per
 * initiative (one per indicator when an initiative has several) and one per target of the plan,
 * a section or a goal, with a column pair per
 * reporting period, and merges a filled sheet back into the plan by id, all or nothing: any wrong
 * row rejects the whole sheet with a {@link org.civicplan.tasks.TaskSheetException} listing every
 * problem by sheet, row and column. {@link org.civicplan.tasks.ProgressReports} reads a quarterly
 * 执行情况 document (a table or prose) against the plan and records its figures as actuals.
 *
 * <p>May depend on {@code org.civicplan.model}, {@code org.civicplan.io} (to read report
 * documents), Apache POI (XLSX) and jackson-dataformat-csv (CSV). Public types are immutable and
 * thread-safe; everything else is package-private.
 */
package org.civicplan.tasks;
