package org.civicplan.model;

/** What kind of organizational unit owns work. */
public enum UnitKind {
  /** A government body, such as 长宁区人民政府 or a 街道办事处. */
  GOVERNMENT,
  /** A Party organization or committee, such as 街道党工委. */
  PARTY_ORGANIZATION,
  /** A department or bureau (局, 委, 科). */
  DEPARTMENT,
  /** An office (办公室, 办). */
  OFFICE,
  /** A service centre (中心, 服务站). */
  SERVICE_CENTRE,
  /** A residents' committee or community organization (居委会, 社区). */
  COMMUNITY,
  /** A partner outside government: an enterprise, association or institution. */
  PARTNER,
  /** Any other unit. */
  OTHER
}
