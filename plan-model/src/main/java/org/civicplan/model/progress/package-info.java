/**
 * Progress (进展, 完成进度) of a plan computed from its data: each indicator's from its baseline,
 * target and latest actual, each initiative's from its indicators or its status, and each goal's,
 * section's and the plan's as a weighted roll-up of its children; plus the overdue initiatives
 * (逾期) on a given day.
 *
 * <p>Entry point: {@link org.civicplan.model.progress.ProgressCalculator}. Everything is exact
 * {@link java.math.BigDecimal} arithmetic under a bounded {@link java.math.MathContext}; no value,
 * however extreme its scale, makes the computation throw.
 *
 * <p>Pure: no clock, no I/O. May depend on {@code org.civicplan.model} only.
 */
package org.civicplan.model.progress;
