package org.civicplan.model;

/**
 * How a number is written in a Chinese official document (层次序数). GB/T 9704-2012 orders the
 * levels {@code 一、} → {@code （一）} → {@code 1.} → {@code （1）}; real plans add the others.
 */
public enum NumberingStyle {
  /** {@code 一、二、三、} — the first level. */
  CHINESE_ENUMERATION_COMMA,
  /** {@code （一）（二）} — the second level; also the half-width {@code (一)}. */
  CHINESE_PARENTHESIZED,
  /** {@code 一是…二是…} — inline goal lead-ins inside a paragraph. */
  CHINESE_SHI,
  /** {@code 第一，第二，} — ordinal lead-ins. */
  CHINESE_ORDINAL,
  /** {@code 1.} — the third level. */
  ARABIC_DOT,
  /** {@code 1、} — a common variant of the third level. */
  ARABIC_ENUMERATION_COMMA,
  /** {@code （1）} — the fourth level; also the half-width {@code (1)}. */
  ARABIC_PARENTHESIZED,
  /** {@code ①②③}. */
  CIRCLED,
  /** A number written some other way, kept as written in {@link Numbering#label()}. */
  OTHER
}
