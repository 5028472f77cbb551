/**
 * The validation engine: {@link org.civicplan.rules.Rule}s that check a plan, a {@link
 * org.civicplan.rules.RuleCatalogue} of them (built-in, found with {@link java.util.ServiceLoader},
 * added in code), {@link org.civicplan.rules.Profile}s and a {@link
 * org.civicplan.rules.RuleConfig}, and a {@link org.civicplan.rules.Validator} that turns plans
 * into a deterministic {@link org.civicplan.rules.ValidationReport} of {@link
 * org.civicplan.rules.Finding}s.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().profile(Profile.DEFAULT).build();
 * ValidationReport report = validator.validate(plan);
 * ReportFormat.TEXT.writer().write(report, new PrintWriter(System.out, true));
 * }</pre>
 *
 * <p>Depends on the model ({@code org.civicplan.model}) and Jackson (configuration files only).
 * Report writers are in {@code org.civicplan.rules.report}; the built-in rules in {@code
 * org.civicplan.rules.builtin}.
 */
package org.civicplan.rules;
