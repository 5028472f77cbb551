/**
 * The built-in rule catalogue of CivicPlan: one small class per rule, grouped by category
 * (structure, target, text, assignment, progress), with their texts in {@code
 * messages.properties} (English) and {@code messages_zh.properties} (Chinese), UTF-8. Only {@link
 * org.civicplan.rules.builtin.BuiltinRules} is public.
 *
 * <pre>{@code
 * BuiltinRules.all().size();   // the number of built-in rules
 * }</pre>
 *
 * <p>Depends on the model and on the engine API of {@code org.civicplan.rules}; the scanners for
 * Chinese text (quantities, brackets, near-duplicates) here are hand-written single-pass code with
 * no regular expressions.
 */
package org.civicplan.rules.builtin;
