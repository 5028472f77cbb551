/**
 * Reading and writing plans: {@code PlanDocuments} (Markdown, plain text, JSON and, through the
 * {@link org.civicplan.io.spi.DocumentReader} service, the formats of {@code org.civicplan.docx},
 * {@code org.civicplan.html} and {@code org.civicplan.pdf}), the canonical JSON {@code PlanJson}
 * with its Jackson module, and {@code PlanMarkdown}.
 *
 * <pre>{@code
 * module com.example.district {
 *   requires org.civicplan.io;      // and org.civicplan.model, transitively
 * }
 * }</pre>
 *
 * <p>The Chinese grammar ({@code org.civicplan.io.chinese}) is not exported. The JSON Schema is a
 * resource of the encapsulated package {@code org.civicplan.io.json}: on the module path read it
 * through {@code PlanJson.schema()}.
 */
module org.civicplan.io {
  requires transitive org.civicplan.model;
  // PlanJson.module() and PlanJsonModule are Jackson modules: users see databind's types.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;

  exports org.civicplan.io;
  exports org.civicplan.io.document;
  exports org.civicplan.io.json;
  exports org.civicplan.io.markdown;
  exports org.civicplan.io.spi;
  // the red-header lines, for the web page reader to tell a header above the article from its text
  exports org.civicplan.io.chinese to org.civicplan.html;

  uses org.civicplan.io.spi.DocumentReader;

  // ObjectMapper.findAndRegisterModules() (the class path reads META-INF/services instead).
  provides com.fasterxml.jackson.databind.Module with org.civicplan.io.json.PlanJsonModule;
}
