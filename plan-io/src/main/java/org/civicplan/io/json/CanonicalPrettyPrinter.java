package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The pretty form of canonical plan JSON: two spaces per level, {@code "\n"} line ends whatever
 * the platform, {@code "name": value}, and {@code {}} / {@code []} for empty containers.
 *
 * <p>Holds the current nesting level, so one instance serves one generator: not thread-safe.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter {
  private static final String INDENT = "\n" + " ".repeat(128);
  private int level;

  private void newLine(JsonGenerator g) throws IOException {
    int spaces = level * 2;
    if (spaces + 1 <= INDENT.length()) {
      g.writeRaw(INDENT, 0, spaces + 1);
      return;
    }
    g.writeRaw('\n');
    for (int i = 0; i < spaces; i++) {
      g.writeRaw(' ');
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ", 0, 2);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    level--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    level++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    level--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
