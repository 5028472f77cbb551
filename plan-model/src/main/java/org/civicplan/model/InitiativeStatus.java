package org.civicplan.model;

/** How far an initiative has come. */
public enum InitiativeStatus {
  /** 未启动: not started. */
  NOT_STARTED,
  /** 推进中: in progress. */
  IN_PROGRESS,
  /** 已完成: done. */
  DONE,
  /** 滞后: behind schedule. */
  DELAYED,
  /** 已取消: cancelled. */
  CANCELLED
}
