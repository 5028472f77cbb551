package org.civicplan.rules.report;

import java.io.IOException;
import java.io.Writer;
import org.civicplan.rules.ValidationReport;

/**
 * Writes a {@link ValidationReport} in one format. Implementations are immutable and thread-safe;
 * they write to the caller's {@link Writer}, flush it, and never close it.
 *
 * <pre>{@code
 * ReportWriter writer = ReportFormat.parse("sarif").writer();
 * try (Writer out = Files.newBufferedWriter(Path.of("plans.sarif"))) {
 *   writer.write(report, out);
 * }
 * }</pre>
 */
public interface ReportWriter {

  /**
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  void write(ValidationReport report, Writer out) throws IOException;
}
