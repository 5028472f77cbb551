package org.civicplan.model;

/** The kind of document a plan is. */
public enum PlanKind {
  /** 年度工作计划: a body's annual work plan. */
  ANNUAL_WORK_PLAN,
  /** 工作要点: the key points of a year's work. */
  WORK_POINTS,
  /** 重点工作安排: the arrangement of a year's key tasks. */
  KEY_TASKS,
  /** 政府工作报告: a government work report with its main expected targets. */
  GOVERNMENT_WORK_REPORT,
  /** 规划 / 行动方案: a multi-year programme such as a five-year plan or a three-year action plan. */
  MULTI_YEAR_PROGRAMME,
  /** 任务分解方案: a decomposition of targets and tasks into assignments. */
  TASK_DECOMPOSITION,
  /** 进展情况 / 执行情况: a report of progress against a plan. */
  PROGRESS_REPORT,
  /** Any other kind of plan. */
  OTHER
}
