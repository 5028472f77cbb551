package org.civicplan.model;

/** What an indicator measures. */
public enum MeasureKind {
  /** A count of things (处, 个, 户, 台). */
  COUNT,
  /** A percentage or rate (%). */
  PERCENTAGE,
  /** An amount of money (元, 万元, 亿元). */
  MONEY,
  /** An area (平方米, 亩, 公顷). */
  AREA,
  /** Another physical quantity: length, weight, volume (公里, 吨). */
  QUANTITY,
  /** A duration (天, 个月, 年). */
  DURATION,
  /** A milestone reached or not (yes/no, written as 1 or 0). */
  MILESTONE,
  /** A qualitative goal with no number. */
  QUALITATIVE
}
