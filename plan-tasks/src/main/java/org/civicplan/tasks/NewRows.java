package org.civicplan.tasks;

/** What a merge does with rows an office added to the sheet (rows without an id). */
public enum NewRows {
  /** Each added row is a problem, and the sheet is not merged (the default). */
  REJECT,
  /** Each added row becomes a new initiative in the goal of the nearest row above it. */
  APPEND
}
