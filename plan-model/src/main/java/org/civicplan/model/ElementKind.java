package org.civicplan.model;

/**
 * The kinds of {@link PlanElement}: everything in a plan that has an id.
 *
 * <p>The JSON-Pointer segment of each kind (its property name in the plan's JSON form) is given by
 * {@link #collectionName()}.
 */
public enum ElementKind {
  /** The plan itself (工作计划). */
  PLAN(""),
  /** A numbered section (一、二、三…). */
  SECTION("sections"),
  /** A goal inside a section (（一）…, 一是…). */
  GOAL("goals"),
  /** A concrete action (举措) inside a goal. */
  INITIATIVE("initiatives"),
  /** A measurable indicator (指标) of an initiative, a goal, a section or the plan as a whole. */
  INDICATOR("indicators"),
  /** An organizational unit that can own work (牵头单位, 责任单位). */
  UNIT("units");

  private final String collectionName;

  ElementKind(String collectionName) {
    this.collectionName = collectionName;
  }

  /**
   * The name of the list that holds elements of this kind in the plan's JSON form, e.g. {@code
   * "initiatives"}; empty for {@link #PLAN}.
   *
   * @return the JSON property name of the containing list
   */
  public String collectionName() {
    return collectionName;
  }
}
