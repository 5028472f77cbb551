package org.civicplan.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.io.document.DocumentFormat;

/** The file formats the command line reads and writes, named as on the command line. */
enum PlanFormat {
  JSON(DocumentFormat.JSON, "json"),
  MARKDOWN(DocumentFormat.MARKDOWN, "md", "markdown"),
  TEXT(DocumentFormat.TEXT, "txt", "text");

  private final DocumentFormat documentFormat;
  private final String[] extensions;

  PlanFormat(DocumentFormat documentFormat, String... extensions) {
    this.documentFormat = documentFormat;
    this.extensions = extensions;
  }

  /** The format as plan-io names it. */
  DocumentFormat documentFormat() {
    return documentFormat;
  }

  /** The format a file's extension names, or null if it names none. */
  static PlanFormat ofExtension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (PlanFormat f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) {
          return f;
        }
      }
    }
    return null;
  }

  /** Accepts the enum name in any case and the extensions ({@code md}, {@code txt}). */
  static final class Converter implements picocli.CommandLine.ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      for (PlanFormat f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(v)) {
          return f;
        }
        for (String e : f.extensions) {
          if (e.equals(v)) {
            return f;
          }
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "' (expected json, markdown or text)");
    }
  }
}
