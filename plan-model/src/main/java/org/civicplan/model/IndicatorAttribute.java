package org.civicplan.model;

/** The attribute of an indicator (指标属性), as five-year-plan tables mark it. */
public enum IndicatorAttribute {
  /** 预期性: an expected indicator, a direction to strive for. */
  EXPECTED,
  /** 约束性: a binding indicator that must be met. */
  BINDING
}
