package org.civicplan.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.io.document.DocumentFormat;

/**
 * The file formats the command line reads and writes, named as on the command line. Which
 * extension means which format is plan-io's {@link DocumentFormat}; this enum only adds the
 * command-line names.
 */
enum PlanFormat {
  JSON(DocumentFormat.JSON),
  MARKDOWN(DocumentFormat.MARKDOWN),
  TEXT(DocumentFormat.TEXT);

  private final DocumentFormat documentFormat;

  PlanFormat(DocumentFormat documentFormat) {
    this.documentFormat = documentFormat;
  }

  /** The format as plan-io names it. */
  DocumentFormat documentFormat() {
    return documentFormat;
  }

  private static PlanFormat of(DocumentFormat format) {
    for (PlanFormat f : values()) {
      if (f.documentFormat == format) {
        return f;
      }
    }
    throw new IllegalArgumentException("no command-line name for " + format);
  }

  /** The format a file's extension names, or null if it names none. */
  static PlanFormat ofExtension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return DocumentFormat.fromFileName(name).map(PlanFormat::of).orElse(null);
  }

  /** Accepts the enum name in any case and the extensions ({@code md}, {@code txt}). */
  static final class Converter implements picocli.CommandLine.ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      for (PlanFormat f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(v) || f.documentFormat.extensions().contains(v)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "' (expected json, markdown or text)");
    }
  }
}
