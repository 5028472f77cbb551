package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
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

  static void span(JsonGenerator g, String name, SourceSpan s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("startLine", s.startLine());
    g.writeNumberField("startColumn", s.startColumn());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", s.endColumn());
    g.writeEndObject();
  }

  static String version() {
    String v = JsonOutput.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
