package org.civicplan.model;

/** Where a plan stands in its adoption. */
public enum PlanStatus {
  /** 草案: not yet adopted. */
  DRAFT,
  /** 已印发 / 已通过: adopted and in force. */
  ADOPTED,
  /** 已废止 / 已替代: replaced by a later version. */
  SUPERSEDED
}
