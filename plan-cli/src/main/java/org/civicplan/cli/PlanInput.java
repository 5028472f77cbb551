package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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

  /** The reader for an encoding given with {@code --encoding}, or the detecting one. */
  private static PlanDocuments documents(Charset encoding) {
    return encoding == null ? DOCUMENTS : PlanDocuments.builder().encoding(encoding).build();
  }

  /** Whether a file's extension names a format the command line reads (a document reader's too). */
  static boolean readable(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return PlanFormat.ofExtension(path) != null || DOCUMENTS.readerFor(name).isPresent();
  }

  static Plan read(Path path, PlanFormat format, PrintWriter notes) throws IOException {
    return read(path, format, notes, null);
  }

  /**
   * Reads a plan (the encoding of text input as given with {@code --encoding}, or null to
   * detect it); prints the importer's diagnostics (repairs it made, text it could not place) to
   * {@code notes} in compiler style, or nowhere if {@code notes} is null.
   */
  static Plan read(Path path, PlanFormat format, PrintWriter notes, Charset encoding) throws IOException {
    ImportResult result;
    PlanDocuments documents = documents(encoding);
    if (format == null) {
      if (!readable(path)) {
        throw new PlanFormatException(
            "cannot tell the format from the file name; name it .json, .md, .txt, .docx, .doc, .html or .pdf,"
                + " or use --from",
            path.toString(), 0, 0, null, null);
      }
      result = documents.read(path);
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        result = documents.read(in, format.documentFormat(), path.toString());
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
