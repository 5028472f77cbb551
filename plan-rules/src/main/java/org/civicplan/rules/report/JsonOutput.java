package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.civicplan.model.SourceSpan;

/** The JSON generator the JSON and SARIF writers share: pretty, never closing the target. */
final class JsonOutput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private JsonOutput() {}

  static JsonGenerator open(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pretty);
    return g;
  }

  /** A SARIF region: lines and columns. */
  static void span(JsonGenerator g, String name, SourceSpan s) throws IOException {
    span(g, name, s, false);
  }

  /**
   * A span's lines and columns, and with {@code offsets} (the JSON report, which is read back
   * whole) its 0-based character offsets.
   */
  static void span(JsonGenerator g, String name, SourceSpan s, boolean offsets) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("startLine", s.startLine());
    g.writeNumberField("startColumn", s.startColumn());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", s.endColumn());
    if (offsets) {
      g.writeNumberField("startOffset", s.startOffset());
      g.writeNumberField("endOffset", s.endOffset());
    }
    g.writeEndObject();
  }

  /** The jar's Implementation-Version; from classes outside a jar, the build's version. */
  static String version() {
    String v = JsonOutput.class.getPackage().getImplementationVersion();
    return v == null ? PROJECT.getProperty("version") : v;
  }

  /**
   * The project's home page, from the root pom's {@code <url>} (its one place) through the
   * filtered resource {@code project.properties}: SARIF's {@code informationUri}, and the root of
   * every rule's {@code helpUri}.
   */
  static String projectUrl() {
    return PROJECT.getProperty("url");
  }

  private static final Properties PROJECT = project();

  private static Properties project() {
    Properties p = new Properties();
    try (InputStream in = JsonOutput.class.getResourceAsStream("project.properties")) {
      if (in == null) {
        throw new IllegalStateException("project.properties is missing from plan-rules (a broken build)");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : new String[] {"url", "version"}) {
      String v = p.getProperty(key, "");
      if (v.isEmpty() || v.contains("${")) {
        throw new IllegalStateException("project.properties has no " + key + " (the build did not filter it)");
      }
    }
    return p;
  }
}
