package org.civicplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceSpan;

/**
 * Reads the plan a command was given, through {@link PlanDocuments}, plan-io's one entry point.
 * An input named {@code -} is standard input: its format is {@code --from}'s, else JSON when its
 * first character (after a byte order mark and white space) is <code>{</code>, else Markdown.
 */
final class PlanInput {
  /** The name standard input goes by in messages and reports. */
  static final String STDIN_NAME = "<stdin>";

  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  private PlanInput() {}

  static boolean isStdin(Path path) {
    return path.toString().equals("-");
  }

  /** The name an input goes by in messages and reports. */
  static String name(Path path) {
    return isStdin(path) ? STDIN_NAME : path.toString();
  }

  /**
   * Reads a plan; prints the importer's diagnostics (repairs it made, text it could not place) to
   * {@code notes} in compiler style, or nowhere if {@code notes} is null.
   *
   * @param fromOption whether the command has a {@code --from} option to suggest
   */
  static Plan read(
      Path path, PlanFormat format, InputStream stdin, boolean fromOption, PrintWriter notes)
      throws IOException {
    return readResult(path, format, stdin, fromOption, notes, null).plan();
  }

  /** As {@link #read}, with the encoding of text input given by {@code --encoding} (null: detect). */
  static Plan read(
      Path path, PlanFormat format, InputStream stdin, boolean fromOption, PrintWriter notes, Charset encoding)
      throws IOException {
    return readResult(path, format, stdin, fromOption, notes, encoding).plan();
  }

  /** As {@link #read}, keeping the whole import result (for a JSON plan, its elements' places). */
  static ImportResult readResult(
      Path path, PlanFormat format, InputStream stdin, boolean fromOption, PrintWriter notes)
      throws IOException {
    return readResult(path, format, stdin, fromOption, notes, null);
  }

  /** The reader for an encoding given with {@code --encoding}, or the detecting one. */
  private static PlanDocuments documents(Charset encoding) {
    return encoding == null ? DOCUMENTS : PlanDocuments.builder().encoding(encoding).build();
  }

  /** Whether a file's extension names a format the command line reads (a document reader's too). */
  static boolean readable(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return PlanFormat.ofExtension(path) != null || DOCUMENTS.readerFor(name).isPresent();
  }

  /** As {@link #readResult(Path, PlanFormat, InputStream, boolean, PrintWriter)}, with an encoding. */
  static ImportResult readResult(
      Path path, PlanFormat format, InputStream stdin, boolean fromOption, PrintWriter notes, Charset encoding)
      throws IOException {
    PlanDocuments documents = documents(encoding);
    ImportResult result;
    if (isStdin(path)) {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, DOCUMENTS.maxInputBytes() + 1));
      PlanFormat f = format != null ? format : sniff(bytes);
      result = documents.read(new ByteArrayInputStream(bytes), f.documentFormat(), STDIN_NAME);
    } else if (format == null) {
      String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
      if (!Files.exists(path) && (readable(path) || fileName.indexOf('.') < 0)) {
        throw new NoSuchFileException(path.toString());
      }
      if (Files.isDirectory(path)) {
        throw new PlanFormatException("is a directory, not a plan file", path.toString(), 0, 0, null, null);
      }
      if (!readable(path)) {
        throw new PlanFormatException(
            "cannot tell the format from the file name; name it .json, .md, .txt, .docx, .doc, .html or .pdf"
                + (fromOption ? ", or use --from" : ""),
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
        StringBuilder line = new StringBuilder(name(path));
        d.span().map(SourceSpan::startLine).ifPresent(l -> line.append(':').append(l));
        d.span().map(SourceSpan::startColumn).ifPresent(c -> line.append(':').append(c));
        notes.println(line.append(": note: ").append(d.message()));
      }
      notes.flush();
    }
    return result;
  }

  /** JSON if the first character after a byte order mark and white space is an opening brace. */
  static PlanFormat sniff(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{' ? PlanFormat.JSON : PlanFormat.MARKDOWN;
  }
}
