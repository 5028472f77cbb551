/**
 * Quantities written in Chinese prose (数量) and what each is in its plan: the one lexicon of measure
 * words (量词), multipliers (万, 亿, 万亿), comparators (不少于, 以上, 控制在, 左右…) and approximations
 * (余, 多, 约, 近, 数十, 几十); the one scanner that finds {@code 9处}, {@code 1.5万户}, {@code
 * 三亿五千万元}, {@code 百分之五}, {@code 6-8%} in a text and gives each its {@link
 * org.civicplan.model.quantity.Quantity.Role} from the words around it (a target, a count of the
 * plan's own parts, a size class, a name, a meeting count, a baseline); the cue words that tell a
 * result from a target ({@link org.civicplan.model.quantity.TargetCues}); and the {@link
 * org.civicplan.model.quantity.QuantityContext} that puts them together for a text in its place in
 * a plan. The importer's indicator grammar and target pass (plan-io) and the rules' {@code
 * target/quantity-without-indicator} (plan-rules) all read quantities through it, so they cannot
 * disagree about what a text promises.
 *
 * <pre>{@code
 * QuantityContext.of(plan.find("s1.g1.i1").orElseThrow()).scan("累计建成示范点8个，新建2个睦邻点");
 * // 8个 RESULT, 2个 TARGET
 * }</pre>
 *
 * <p>Dependencies: the JDK, {@link org.civicplan.model} (measure kinds, units, comparators, periods,
 * plans and their nodes) and {@link org.civicplan.model.chinese}.
 */
package org.civicplan.model.quantity;
