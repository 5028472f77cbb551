package org.civicplan.tasks;

/** The language of a sheet's headers, status names and problem messages. */
public enum SheetLanguage {
  /** Chinese headers (工作任务, 牵头单位, 一季度 完成情况…), the default. */
  CHINESE,
  /** English headers (Task, Lead unit, 2024Q1 progress…). */
  ENGLISH
}
