/**
 * CivicPlan on Jackson 3 ({@code tools.jackson}): {@link
 * org.civicplan.jackson3.PlanJackson3Module}, also found by {@code findAndAddModules()} as a
 * {@code JacksonModule} service.
 *
 * <pre>{@code
 * module com.example.district {
 *   requires org.civicplan.jackson3;   // and tools.jackson.databind, transitively
 * }
 * }</pre>
 */
// "module": the name ends in a digit (javac's advice against it); the 3 is Jackson's major version.
@SuppressWarnings("module")
module org.civicplan.jackson3 {
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires transitive org.civicplan.model;
  // The plan format itself is plan-io's Jackson 2 reader and writer, reused.
  requires org.civicplan.io;
  requires org.civicplan.rules;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports org.civicplan.jackson3;

  provides tools.jackson.databind.JacksonModule with org.civicplan.jackson3.PlanJackson3Module;
}
