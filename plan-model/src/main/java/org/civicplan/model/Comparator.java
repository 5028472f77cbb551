package org.civicplan.model;

/** How a target value is to be compared with what is achieved. */
public enum Comparator {
  /** At least: 不少于, 不低于, 以上, 超过, 达到. */
  AT_LEAST,
  /** At most: 以内, 不超过, 控制在. */
  AT_MOST,
  /** Exactly the value: 完成9处. */
  EXACTLY,
  /** About the value: 左右. */
  ABOUT,
  /** Between the value and an upper value, both included. */
  BETWEEN
}
