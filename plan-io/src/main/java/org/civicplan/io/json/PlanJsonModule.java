package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.civicplan.io.PlanFormatException;
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

/**
 * A Jackson module that reads and writes plans in the canonical JSON form of {@link PlanJson},
 * for users who keep their own {@code ObjectMapper} (a Spring Boot application, say).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PlanJsonModule());
 * String json = mapper.writeValueAsString(plan);   // the same text as a compact PlanJson writes
 * Plan back = mapper.readValue(json, Plan.class);  // back.equals(plan)
 * }</pre>
 *
 * <p>For byte output identical to {@link PlanJson#writeBytes}, enable {@code
 * JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} on the mapper; without it Jackson writes
 * characters outside the BMP (emoji, rare CJK) as surrogate-pair escapes, which is the same
 * JSON but other bytes.
 *
 * <p>{@link Plan} is read and written as a whole document (with {@code formatVersion});
 * {@link Section}, {@link Goal}, {@link Initiative}, {@link Indicator} and {@link
 * OrganizationalUnit} as their objects in that document (an element not yet in a plan, whose id
 * is still empty, is written without {@code id}: no empty id is ever written); and the value
 * types ({@link Target}, {@link Period}, {@link Numbering}, {@link MeasureUnit}, {@link Mention},
 * {@link Baseline}, {@link Milestone}, {@link Actual}, {@link IssuingOrganization}, {@link
 * SourceDocument}, {@link SourceSpan}, {@link SourceNote}) as their objects too, so that any of
 * them can sit in a DTO. A value object has no extensions: a property it does not know is an
 * error.
 *
 * <p>Trees are exact: {@code valueToTree} holds decimals as {@code BigDecimal} (whole numbers as
 * integers) and registering the module turns {@code
 * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} off, so {@code 1.50} keeps its scale; {@code
 * treeToValue(valueToTree(plan), Plan.class)} equals the plan. A tree that holds a number as a
 * {@code double} (one read from text without {@code USE_BIG_DECIMAL_FOR_FLOATS}) is read where
 * the double has at most 15 significant digits and refused, with the pointer, where it may have
 * lost digits. With default typing on, values are written as {@code ["org.civicplan.model.Plan",
 * {…}]} (the public type as type id) and read back. Reading is lenient (unknown properties
 * kept in extensions). Bad content gives a {@code JsonMappingException}, as ObjectMapper users
 * expect, whose cause is the {@link PlanFormatException} with line, column and JSON Pointer. The
 * mapper's own read limits ({@code StreamReadConstraints}) and pretty printer apply, and a value
 * read holds at most {@link PlanJson#DEFAULT_MAX_ELEMENT_COUNT} plan elements (give the mapper a
 * {@code maxTokenCount} too, Jackson 2.18+, for the rest of what {@link PlanJson} limits). The
 * module registers no default typing and touches no other type. It is also found by {@code
 * ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Immutable and thread-safe.
 */
public class PlanJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PlanJsonModule() {
    super(PlanJsonModule.class.getName());
    addSerializer(Plan.class, new Writing<>(Plan.class, PlanWriter::document));
    addDeserializer(Plan.class, new Reading<>(Plan.class, null, null, "a plan"));
    element(Section.class, PlanWriter::section, PlanReader.SECTION, "a section object");
    element(Goal.class, PlanWriter::goal, PlanReader.GOAL, "a goal object");
    element(
        Initiative.class, PlanWriter::initiative, PlanReader.INITIATIVE, "an initiative object");
    element(Indicator.class, PlanWriter::indicator, PlanReader.INDICATOR, "an indicator object");
    element(
        OrganizationalUnit.class,
        PlanWriter::unit,
        PlanReader.UNIT,
        "an organizational unit object");
    value(Target.class, PlanWriter::target, PlanReader.TARGET, "a target object");
    value(Period.class, PlanWriter::period, PlanReader.PERIOD, "a period object");
    value(Numbering.class, PlanWriter::numbering, PlanReader.NUMBERING, "a numbering object");
    value(
        MeasureUnit.class, PlanWriter::measureUnit, PlanReader.MEASURE_UNIT, "a unit object");
    value(Mention.class, PlanWriter::mention, PlanReader.MENTION, "a mention object");
    value(Baseline.class, PlanWriter::baseline, PlanReader.BASELINE, "a baseline object");
    value(Milestone.class, PlanWriter::milestone, PlanReader.MILESTONE, "a milestone object");
    value(Actual.class, PlanWriter::actual, PlanReader.ACTUAL, "an actual object");
    value(
        IssuingOrganization.class,
        PlanWriter::organization,
        PlanReader.ORGANIZATION,
        "an organization object");
    value(
        SourceDocument.class,
        PlanWriter::sourceDocument,
        PlanReader.SOURCE_DOCUMENT,
        "a source object");
    value(SourceSpan.class, PlanWriter::span, PlanReader.SPAN, "a source span object");
    value(SourceNote.class, PlanWriter::sourceNote, PlanReader.SOURCE_NOTE, "a source note object");
  }

  /**
   * Registers the serializers, and keeps the mapper's trees exact: a decimal such as {@code
   * 1.50} keeps its scale in a tree ({@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} off,
   * which only affects how trees hold decimals), so that {@code treeToValue(valueToTree(plan))}
   * equals the plan.
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    if (context.getOwner() instanceof ObjectMapper mapper) {
      mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }
  }

  private <T> void element(
      Class<T> type, Write<T> write, PlanReader.Step<T> read, String what) {
    addSerializer(type, new Writing<>(type, write));
    addDeserializer(type, new Reading<>(type, read, null, what));
  }

  private <T> void value(
      Class<T> type, Write<T> write, PlanReader.ValueStep<T> read, String what) {
    addSerializer(type, new Writing<>(type, write));
    addDeserializer(type, new Reading<>(type, null, read, what));
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

    /**
     * With default typing on (a cache or Redis serializer), the value is wrapped as {@code
     * ["org.civicplan.model.Plan", {…}]}: the type id is the public type, never the generated
     * class, and the object inside is the canonical one.
     */
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

  private static final class Reading<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient PlanReader.Step<T> step;
    private final transient PlanReader.ValueStep<T> valueStep;
    private final String what;

    Reading(
        Class<T> type, PlanReader.Step<T> step, PlanReader.ValueStep<T> valueStep, String what) {
      super(type);
      this.step = step;
      this.valueStep = valueStep;
      this.what = what;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        if (valueStep != null) {
          return new PlanReader(p, false, null, null, false, PlanJson.DEFAULT_MAX_ELEMENT_COUNT).value(valueStep, what);
        }
        if (step == null) {
          return (T) new PlanReader(p, false, null, null, true, PlanJson.DEFAULT_MAX_ELEMENT_COUNT).document(false);
        }
        return new PlanReader(p, false, null, null, false, PlanJson.DEFAULT_MAX_ELEMENT_COUNT).element(step, what);
      } catch (PlanFormatException e) {
        // ObjectMapper users catch Jackson's exceptions; the cause keeps line, column and pointer.
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      if (p.hasToken(JsonToken.START_OBJECT)) {
        // Written without a type id (the root of a NON_FINAL mapper, whose runtime class is
        // final): the object itself says what it is.
        return deserialize(p, ctxt);
      }
      return typeDeserializer.deserializeTypedFromAny(p, ctxt);
    }
  }
}
