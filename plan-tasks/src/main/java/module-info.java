/**
 * Task-decomposition sheets (任务分解表) and progress reports (执行情况): {@code TaskSheets} and
 * {@code ProgressReports} of {@code org.civicplan.tasks}.
 *
 * <pre>{@code
 * module com.example.district {
 *   requires org.civicplan.tasks;   // and org.civicplan.model, transitively
 * }
 * }</pre>
 */
module org.civicplan.tasks {
  requires transitive org.civicplan.model;
  requires org.civicplan.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.civicplan.tasks;
}
