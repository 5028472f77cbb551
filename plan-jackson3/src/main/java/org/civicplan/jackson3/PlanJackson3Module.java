package org.civicplan.jackson3;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.Milestone;
import org.civicplan.model.Numbering;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;
import org.civicplan.rules.Finding;
import org.civicplan.rules.ReportFormatException;
import org.civicplan.rules.Severity;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.report.ReportJsonModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 ({@code tools.jackson}) module for the plan JSON format, as Spring Boot 4 uses it:
 * the same format, types and errors as plan-io's {@link PlanJson#module()} on Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanJackson3Module()).build();
 * String json = mapper.writeValueAsString(plan);    // the text a compact PlanJson writes
 * Plan back = mapper.readValue(json, Plan.class);   // back.equals(plan)
 * JsonNode tree = mapper.valueToTree(plan);         // numbers exact: BigDecimal and integers
 * }</pre>
 *
 * <p>Covers {@link Plan} (a whole document), its elements ({@link Section}, {@link Goal}, {@link
 * Initiative}, {@link Indicator}, {@link OrganizationalUnit}), the value types ({@link Target},
 * {@link Period}, {@link Numbering}, {@link MeasureUnit}, {@link Mention}, {@link Baseline},
 * {@link Milestone}, {@link Actual}, {@link IssuingOrganization}, {@link SourceDocument}, {@link
 * SourceSpan}, {@link SourceNote}), and writes and reads {@link ValidationReport}, {@link Finding}
 * and {@link Severity} as plan-rules' JSON report does ({@link ReportJsonModule}: reports' rules
 * from the standard catalogue). Bad content gives a {@link DatabindException} naming the problem
 * and its JSON Pointer, whose cause is the {@link PlanFormatException} (a report's: the {@link
 * ReportFormatException}). With default typing on, a value is wrapped with its public type as type
 * id. Trees are exact; a tree holding a {@code double} of more than 15 significant digits is
 * refused (read it with {@code USE_BIG_DECIMAL_FOR_FLOATS}).
 *
 * <p><b>One format, one reader and writer.</b> The module does not re-implement the format: it
 * hands each value to plan-io's streaming reader and writer (Jackson 2, on the class path beside
 * Jackson 3: its core and databind jars) through an exact token copy, so both Jacksons read and
 * write byte for byte the same documents and report the same errors. That copy costs one extra
 * pass over each value's JSON; the reader and writer could sit behind an abstraction of their own
 * only by rewriting them over a token interface of ours, which would slow the Jackson 2 path that
 * most users take.
 *
 * <p>Immutable and thread-safe. Also found by {@code MapperBuilder.findAndAddModules()}.
 */
public class PlanJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Every type the module handles, in the order registered. */
  static final List<Class<?>> TYPES =
      List.of(
          Plan.class, Section.class, Goal.class, Initiative.class, Indicator.class,
          OrganizationalUnit.class, Target.class, Period.class, Numbering.class,
          MeasureUnit.class, Mention.class, Baseline.class, Milestone.class, Actual.class,
          IssuingOrganization.class, SourceDocument.class, SourceSpan.class, SourceNote.class);

  /** Report types, read through plan-rules' {@link ReportJsonModule}. */
  static final List<Class<?>> REPORT_TYPES =
      List.of(ValidationReport.class, Finding.class, Severity.class);

  /** plan-io's format on Jackson 2: the one reader and writer of plans. */
  private static final com.fasterxml.jackson.databind.ObjectMapper FORMAT =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(PlanJson.module())
          .addModule(new ReportJsonModule())
          .build();

  private static final JsonFactory JSON = new JsonFactory();

  /** Creates the module. */
  public PlanJackson3Module() {
    super(PlanJackson3Module.class.getName());
    for (Class<?> type : TYPES) {
      register(type);
    }
    for (Class<?> type : REPORT_TYPES) {
      register(type);
    }
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new Writing<>(type));
    addDeserializer(type, new Reading<>(type));
  }

  // ---- writing: the format's bytes, copied token by token -----------------------------------

  private static final class Writing<T> extends StdSerializer<T> {
    Writing(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      byte[] json;
      try {
        json = FORMAT.writeValueAsBytes(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw DatabindException.from(g, "cannot write " + handledType().getSimpleName() + ": " + e.getOriginalMessage(), e);
      }
      // Into a tree, a buffer or a binary format: numbers as typed values (BigDecimal, integer);
      // into JSON text: as the format wrote them.
      boolean tree = !(g instanceof JsonGeneratorBase);
      try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          copy(p, t, g, tree);
        }
      }
    }

    @Override
    public void serializeWithType(
        T value, JsonGenerator g, SerializationContext ctxt, TypeSerializer typeSer) {
      WritableTypeId id =
          typeSer.writeTypePrefix(
              g, ctxt, typeSer.typeId(value, handledType(), JsonToken.VALUE_STRING));
      serialize(value, g, ctxt);
      typeSer.writeTypeSuffix(g, ctxt, id);
    }
  }

  /** Copies one token; numbers exactly (into a tree as BigDecimal or integer, else as written). */
  private static void copy(JsonParser p, JsonToken t, JsonGenerator g, boolean tree) {
    switch (t) {
      case START_OBJECT -> g.writeStartObject();
      case END_OBJECT -> g.writeEndObject();
      case START_ARRAY -> g.writeStartArray();
      case END_ARRAY -> g.writeEndArray();
      case PROPERTY_NAME -> g.writeName(p.currentName());
      case VALUE_STRING -> g.writeString(p.getString());
      case VALUE_NUMBER_INT -> {
        if (tree) {
          switch (p.getNumberType()) { // the smallest type, as a tree read from text holds it
            case INT -> g.writeNumber(p.getIntValue());
            case LONG -> g.writeNumber(p.getLongValue());
            default -> g.writeNumber(p.getBigIntegerValue());
          }
        } else {
          g.writeNumber(p.getString());
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        if (tree) {
          g.writeNumber(p.getDecimalValue());
        } else {
          g.writeNumber(p.getString());
        }
      }
      case VALUE_TRUE -> g.writeBoolean(true);
      case VALUE_FALSE -> g.writeBoolean(false);
      case VALUE_NULL -> g.writeNull();
      default -> throw new IllegalStateException("unexpected token " + t);
    }
  }

  // ---- reading: the user's tokens, copied exactly, read by the format -----------------------

  private static final class Reading<T> extends StdDeserializer<T> {
    Reading(Class<T> type) {
      super(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      TokenStreamLocation start = p.currentTokenLocation();
      byte[] json = capture(p);
      try {
        return (T) FORMAT.readValue(json, handledType());
      } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PlanFormatException f) {
          throw located(p, f.problem(), f.pointer().orElse(""), start, f);
        }
        if (cause instanceof ReportFormatException f) {
          throw located(p, f.problem(), f.pointer(), start, f);
        }
        throw DatabindException.from(p, e.getOriginalMessage(), e);
      } catch (java.io.IOException e) {
        throw DatabindException.from(p, "cannot read " + what() + ": " + e.getMessage(), e);
      }
    }

    private DatabindException located(
        JsonParser p, String problem, String pointer, TokenStreamLocation start, Exception cause) {
      String where = pointer.isEmpty() ? "" : " at \"" + pointer + "\"";
      return DatabindException.from(
          p,
          problem + where + " (in the " + what() + " that starts at line "
              + start.getLineNr() + ", column " + start.getColumnNr() + ")",
          cause);
    }

    private String what() {
      return handledType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
      if (p.hasToken(JsonToken.START_OBJECT)) {
        return deserialize(p, ctxt); // written without a type id: the object says what it is
      }
      return typeDeserializer.deserializeTypedFromAny(p, ctxt);
    }
  }

  /**
   * The value at the parser's current token as exact JSON bytes; the parser is left at its last
   * token. A number held as a binary double that may have lost digits is refused.
   */
  private static byte[] capture(JsonParser p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonToken t = p.currentToken();
      if (t == null) {
        t = p.nextToken();
      }
      int depth = 0;
      do {
        switch (t) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          default -> { }
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          g.writeNumber(exact(p).toString());
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
          g.writeNumber(p.getBigIntegerValue());
        } else {
          copy(p, t, g, false);
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
      } while (t != null);
    }
    return out.toByteArray();
  }

  /** See plan-io's reader: the same rule for numbers a tree holds as doubles. */
  private static BigDecimal exact(JsonParser p) throws JacksonException {
    Object held = p.getNumberValueDeferred();
    if (held instanceof Double || held instanceof Float) {
      double d = ((Number) held).doubleValue();
      if (!Double.isFinite(d)) {
        throw DatabindException.from(p, "expected a finite number, found " + d);
      }
      BigDecimal value = new BigDecimal(held.toString());
      if (value.precision() > (held instanceof Float ? 6 : 15)) {
        throw DatabindException.from(
            p,
            "the number " + value + " at \"" + p.streamReadContext().pathAsPointer()
                + "\" is held as a binary floating-point value (a double in a JSON tree), which"
                + " cannot be trusted to the last digit; read the tree with"
                + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS enabled");
      }
      return value;
    }
    return p.getDecimalValue();
  }
}
