/**
 * The Chinese grammar of work plans, independent of any document format: official-document numbering ({@link
 * org.civicplan.io.chinese.Numberings}), targets stated in prose ({@link
 * org.civicplan.io.chinese.IndicatorGrammar}) and typed mentions ({@link
 * org.civicplan.io.chinese.MentionGrammar}). Chinese numerals themselves are read and written by
 * {@link org.civicplan.model.chinese.ChineseNumerals} in plan-model, which the rules share. Every accepted and every deliberately rejected
 * pattern is listed in {@code docs/import-grammar.md}.
 *
 * <p>All scanners are hand-written, stateless and linear in their input; no regular expressions.
 *
 * <p>Dependencies: {@code plan-model} only.
 */
package org.civicplan.io.chinese;
