package org.civicplan.model.progress;

/** What a {@link Progress} was computed from. */
public enum ProgressBasis {
  /** An indicator's latest actual against its target (and baseline, when it has one). */
  VALUES,
  /** An initiative's indicators. */
  INDICATORS,
  /** An initiative's status (已完成 100%, 未启动 0%, or as the calculator maps it). */
  STATUS,
  /** A weighted roll-up of the element's children (goals, sections, the plan). */
  CHILDREN,
  /** Nothing to compute from: no target, no actual, no status, or no child with a progress. */
  NONE
}
