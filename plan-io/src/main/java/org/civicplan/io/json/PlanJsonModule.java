package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;

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
 * OrganizationalUnit} as their objects in that document. Reading is lenient (unknown properties
 * kept in extensions). Bad content gives a {@code JsonMappingException}, as ObjectMapper users
 * expect, whose cause is the {@link PlanFormatException} with line, column and JSON Pointer. The
 * mapper's own read limits ({@code StreamReadConstraints}) and pretty printer apply. The
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
    addDeserializer(Plan.class, new Reading<>(Plan.class, null, "a plan"));
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
  }

  private <T> void element(
      Class<T> type, Write<T> write, PlanReader.Step<T> read, String what) {
    addSerializer(type, new Writing<>(type, write));
    addDeserializer(type, new Reading<>(type, read, what));
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
  }

  private static final class Reading<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient PlanReader.Step<T> step;
    private final String what;

    Reading(Class<T> type, PlanReader.Step<T> step, String what) {
      super(type);
      this.step = step;
      this.what = what;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        if (step == null) {
          return (T) new PlanReader(p, false, null, null, true).document(false);
        }
        return new PlanReader(p, false, null, null, false).element(step, what);
      } catch (PlanFormatException e) {
        // ObjectMapper users catch Jackson's exceptions; the cause keeps line, column and pointer.
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
