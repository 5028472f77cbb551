package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.ReportFormatException;
import org.civicplan.rules.ReportReader;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.Severity;
import org.civicplan.rules.ValidationReport;

/**
 * A Jackson module that writes and reads validation reports and findings through a user's own
 * {@code ObjectMapper} (a REST endpoint returning a report, a client reading it), in the JSON of
 * {@link JsonReportWriter}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule());
 * String json = mapper.writeValueAsString(report);      // as ReportFormat.JSON writes it
 * ValidationReport back = mapper.readValue(json, ValidationReport.class); // equal to report
 * JsonNode tree = mapper.valueToTree(report.findings()); // each finding as in the report
 * Finding first = mapper.treeToValue(tree.get(0), Finding.class);
 * }</pre>
 *
 * <p>{@link ValidationReport} is written exactly as {@link JsonReportWriter} writes it (one place
 * for the format: the module replays that writer's output); a {@link Finding} on its own as the
 * objects of that report's {@code findings}, its {@code message} and {@code fix} in Chinese (both
 * messages are under {@code messages}); a {@link Severity} as its label ({@code "warning"}). With
 * default typing on, a value is wrapped with its public type as type id ({@code
 * ["org.civicplan.rules.Finding", {…}]}). Reading is {@link ReportReader}'s: the rules a report
 * lists are looked up in {@link RuleCatalogue#standard()} (or the catalogue given), and a
 * malformed report or finding gives a {@code JsonMappingException} naming the problem, its JSON
 * Pointer and the line and column where the report starts, whose cause is the {@link
 * ReportFormatException}. It is also found by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Immutable and thread-safe.
 */
public class ReportJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  /** Creates the module; reports read back look their rules up in the standard catalogue. */
  public ReportJsonModule() {
    this(null);
  }

  /**
   * Creates the module for reports of custom rules.
   *
   * @param catalogue the rules the reports read back may list; {@code null} for {@link
   *     RuleCatalogue#standard()}, built when the first report is read
   */
  public ReportJsonModule(RuleCatalogue catalogue) {
    super(ReportJsonModule.class.getName());
    addSerializer(ValidationReport.class, new Writing<>(ValidationReport.class, ReportJsonModule::report));
    addSerializer(Finding.class, new Writing<>(Finding.class, (g, f) -> JsonReportWriter.finding(g, f, Language.ZH)));
    addSerializer(Severity.class, new Writing<>(Severity.class, (g, s) -> g.writeString(s.label())));
    Readers readers = new Readers(catalogue);
    addDeserializer(ValidationReport.class,
        new Reading<>(ValidationReport.class, tree -> readers.get().read(tree)));
    addDeserializer(Finding.class, new Reading<>(Finding.class, tree -> readers.get().readFinding(tree)));
    addDeserializer(Severity.class, new Reading<>(Severity.class, ReportJsonModule::severity));
  }

  private static Severity severity(JsonNode tree) throws ReportFormatException {
    if (tree.isTextual()) {
      try {
        return Severity.parse(tree.textValue());
      } catch (IllegalArgumentException e) {
        throw new ReportFormatException("severity", 0, 0, "", e.getMessage());
      }
    }
    throw new ReportFormatException("severity", 0, 0, "", "expected error, warning or info, found " + tree);
  }

  /** The reader, its catalogue built once on first use (the standard one scans the class path). */
  private static final class Readers {
    private final RuleCatalogue given;
    private volatile ReportReader reader;

    Readers(RuleCatalogue given) {
      this.given = given;
    }

    ReportReader get() {
      ReportReader r = reader;
      if (r == null) {
        r = given == null ? ReportReader.create() : ReportReader.of(given);
        reader = r;
      }
      return r;
    }
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
  private interface Read<T> {
    T read(JsonNode tree) throws ReportFormatException;
  }

  private static final class Reading<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Read<T> read;

    Reading(Class<T> type, Read<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      // the tree deserializer itself: ctxt.readTree would ask for type ids with default typing on
      JsonNode tree = (JsonNode) JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
      try {
        return read.read(tree);
      } catch (ReportFormatException e) {
        String where = e.pointer().isEmpty() ? "" : " at \"" + e.pointer() + "\"";
        String what = handledType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String from = start.getLineNr() > 0
            ? " (in the " + what + " that starts at line " + start.getLineNr() + ", column " + start.getColumnNr() + ")"
            : " (in the " + what + ")";
        // ObjectMapper users catch Jackson's exceptions; the cause keeps the pointer.
        throw JsonMappingException.from(p, e.problem() + where + from, e);
      }
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      if (!p.hasToken(JsonToken.START_ARRAY)) {
        // Written without a type id (the root of a NON_FINAL mapper, whose runtime class is
        // final): the value itself says what it is.
        return deserialize(p, ctxt);
      }
      return typeDeserializer.deserializeTypedFromAny(p, ctxt);
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
