package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.Severity;
import org.civicplan.rules.ValidationReport;

/**
 * A Jackson module that writes validation reports and findings through a user's own {@code
 * ObjectMapper} (a REST endpoint returning a report, say), in the JSON of {@link
 * JsonReportWriter}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule());
 * String json = mapper.writeValueAsString(report);      // as ReportFormat.JSON writes it
 * JsonNode tree = mapper.valueToTree(report.findings()); // each finding as in the report
 * }</pre>
 *
 * <p>{@link ValidationReport} is written exactly as {@link JsonReportWriter} writes it (one place
 * for the format: the module replays that writer's output); a {@link Finding} on its own as the
 * objects of that report's {@code findings}, its {@code message} and {@code fix} in Chinese (both
 * messages are under {@code messages}); a {@link Severity} as its label ({@code "warning"}). With
 * default typing on, a value is wrapped with its public type as type id ({@code
 * ["org.civicplan.rules.Finding", {…}]}). Reports are output: the module writes them and does not
 * read them back. It is also found by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Immutable and thread-safe.
 */
public class ReportJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  /** Creates the module. */
  public ReportJsonModule() {
    super(ReportJsonModule.class.getName());
    addSerializer(ValidationReport.class, new Writing<>(ValidationReport.class, ReportJsonModule::report));
    addSerializer(Finding.class, new Writing<>(Finding.class, (g, f) -> JsonReportWriter.finding(g, f, Language.ZH)));
    addSerializer(Severity.class, new Writing<>(Severity.class, (g, s) -> g.writeString(s.label())));
  }

  private static void report(JsonGenerator g, ValidationReport report) throws IOException {
    StringWriter text = new StringWriter();
    new JsonReportWriter().write(report, text);
    try (JsonParser p = JSON.createParser(text.toString())) {
      p.nextToken();
      g.copyCurrentStructure(p); // strings and integers only: copied exactly
    }
  }

  @FunctionalInterface
  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static final class Writing<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Write<T> write;

    Writing(Class<T> type, Write<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write.write(g, value);
    }

    @Override
    public void serializeWithType(
        T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      WritableTypeId id =
          typeSer.writeTypePrefix(g, typeSer.typeId(value, handledType(), JsonToken.VALUE_STRING));
      write.write(g, value);
      typeSer.writeTypeSuffix(g, id);
    }
  }
}
