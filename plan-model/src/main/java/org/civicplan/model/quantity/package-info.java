/**
 * Quantities written in Chinese prose (数量): the one lexicon of measure words (量词), multipliers
 * (万, 亿, 万亿), comparators (不少于, 以上, 控制在, 左右…) and approximations (余, 多, 约, 近, 数十,
 * 几十), and the one scanner that finds {@code 9处}, {@code 1.5万户}, {@code 三亿五千万元},
 * {@code 百分之五}, {@code 6-8%} in a text. The importer's indicator grammar (plan-io) and the
 * rules' {@code target/quantity-without-indicator} (plan-rules) both read quantities through it,
 * so they cannot disagree about what a text promises.
 *
 * <p>Dependencies: the JDK, {@link org.civicplan.model} (measure kinds, units, comparators) and
 * {@link org.civicplan.model.chinese}.
 */
package org.civicplan.model.quantity;
