package org.civicplan.model;

/** Which way an indicator should move. */
public enum Direction {
  /** Upward: higher is better. */
  INCREASE,
  /** Downward: lower is better. */
  DECREASE,
  /** Hold steady at the target. */
  MAINTAIN
}
