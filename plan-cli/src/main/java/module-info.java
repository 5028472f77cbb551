/**
 * The {@code civicplan} command line. Shipped as one runnable jar ({@code civicplan.jar}, on the
 * class path); this descriptor serves the plain jar on a module path:
 *
 * <pre>{@code
 * java --module-path mods -m org.civicplan.cli/org.civicplan.cli.CivicPlanCommand validate plan.md
 * }</pre>
 *
 * <p>Exports nothing: the command is not an API. The format modules ({@code org.civicplan.docx},
 * {@code .html}, {@code .pdf}) are bound as services when they are on the module path.
 */
module org.civicplan.cli {
  requires org.civicplan.io;
  requires org.civicplan.rules;
  requires org.civicplan.tasks;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  // picocli reads the commands' annotated fields and methods reflectively.
  opens org.civicplan.cli to info.picocli;
}
