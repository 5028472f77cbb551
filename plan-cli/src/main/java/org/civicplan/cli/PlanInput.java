package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceSpan;

/** Reads the plan a command was given, through {@link PlanDocuments}, plan-io's one entry point. */
final class PlanInput {
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  private PlanInput() {}

  /**
   * Reads a plan; prints the importer's diagnostics (repairs it made, text it could not place) to
   * {@code notes} in compiler style, or nowhere if {@code notes} is null.
   */
  static Plan read(Path path, PlanFormat format, PrintWriter notes) throws IOException {
    ImportResult result;
    if (format == null) {
      if (PlanFormat.ofExtension(path) == null) {
        throw new PlanFormatException(
            "cannot tell the format from the file name; name it .json, .md or .txt, or use --from",
            path.toString(), 0, 0, null, null);
      }
      result = DOCUMENTS.read(path);
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        result = DOCUMENTS.read(in, format.documentFormat(), path.toString());
      }
    }
    if (notes != null) {
      for (ImportDiagnostic d : result.diagnostics()) {
        StringBuilder line = new StringBuilder(path.toString());
        d.span().map(SourceSpan::startLine).ifPresent(l -> line.append(':').append(l));
        d.span().map(SourceSpan::startColumn).ifPresent(c -> line.append(':').append(c));
        notes.println(line.append(": note: ").append(d.message()));
      }
      notes.flush();
    }
    return result.plan();
  }
}
