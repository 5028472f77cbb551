/**
 * Writers of validation reports: compiler-style text, JSON and SARIF 2.1.0, plus the rule
 * catalogue as a table or as the Markdown page {@code docs/rules.md}. Each writes to a caller's
 * {@link java.io.Writer} and never closes it.
 *
 * <pre>{@code
 * ReportFormat.parse(format).writer().write(report, out);
 * CatalogueWriter.text(RuleCatalogue.standard().rules(), Language.EN, out);
 * }</pre>
 *
 * <p>Depends on the engine API ({@code org.civicplan.rules}), the model and jackson-core.
 */
package org.civicplan.rules.report;
