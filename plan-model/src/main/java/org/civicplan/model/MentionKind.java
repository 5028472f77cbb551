package org.civicplan.model;

/** What a mention in an initiative's text refers to. */
public enum MentionKind {
  /** A place: a road and lane (愚园路1088弄), a residential compound (长新小区), a building (五环大楼). */
  PLACE,
  /** A programme or brand, usually in quotes (“小蓝花”, “蒲公英”计划). */
  PROGRAMME,
  /** A partner organization (上海世纪出版集团, 阿基米德传媒). */
  ORGANIZATION,
  /** A policy document, usually in 《》. */
  POLICY_DOCUMENT,
  /** An organizational unit that owns work (区发展和改革委员会). */
  UNIT,
  /** Anything else worth typing. */
  OTHER
}
