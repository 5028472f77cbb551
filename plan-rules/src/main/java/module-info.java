/**
 * Validation: the {@code Validator}, the rule catalogue, profiles and configuration ({@code
 * org.civicplan.rules}) and the text, JSON and SARIF reports ({@code org.civicplan.rules.report}).
 * The built-in rules ({@code org.civicplan.rules.builtin}) are not exported.
 *
 * <pre>{@code
 * module com.example.district {
 *   requires org.civicplan.rules;
 *   provides org.civicplan.rules.Rule with com.example.district.TitleYearRule;
 *   opens com.example.district to org.civicplan.rules;   // only for a BundleRule's texts
 * }
 * }</pre>
 *
 * <p>Custom rules are found as {@link org.civicplan.rules.Rule} and {@link
 * org.civicplan.rules.RuleProvider} services, on the module path (with {@code provides}) as on the
 * class path (with {@code META-INF/services}).
 */
module org.civicplan.rules {
  requires transitive org.civicplan.model;
  // ReportJsonModule is a Jackson module: users see databind's types.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports org.civicplan.rules;
  exports org.civicplan.rules.report;

  uses org.civicplan.rules.Rule;
  uses org.civicplan.rules.RuleProvider;

  provides com.fasterxml.jackson.databind.Module with org.civicplan.rules.report.ReportJsonModule;
}
