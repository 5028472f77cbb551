package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/** The laws of the JSON form, checked on 1,000 arbitrary plans each. */
class PlanJsonPropertiesTest {
  static final PlanJson PRETTY = PlanJson.create();
  static final PlanJson COMPACT = PlanJson.builder().pretty(false).build();
  static final PlanJson STRICT = PlanJson.builder().strict(true).build();
  static final Schema SCHEMA = loadSchema();
  /** Bounds the search for a smaller failing plan, so a failure is reported in seconds. */
  static final int SHRINK_CYCLES = 100;

  static Schema loadSchema() {
    try (InputStream in = PlanJson.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(PlanJson json, String text) {
    try {
      return json.read(text);
    } catch (PlanFormatException e) {
      throw new AssertionError("could not read back what was written: " + e.getMessage(), e);
    }
  }

  @Test
  void readInvertsWrite() {
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              assertThat(read(PRETTY, PRETTY.write(plan))).isEqualTo(plan);
              assertThat(read(COMPACT, COMPACT.write(plan))).isEqualTo(plan);
              assertThat(read(STRICT, PRETTY.write(plan))).isEqualTo(plan);
            });
  }

  @Test
  void readInvertsWriteThroughEveryStream() {
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              try {
                String text = PRETTY.write(plan);
                byte[] bytes = PRETTY.writeBytes(plan);
                assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                StringWriter writer = new StringWriter();
                PRETTY.write(plan, writer);
                assertThat(writer.toString()).isEqualTo(text);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PRETTY.write(plan, out);
                assertThat(out.toByteArray()).isEqualTo(bytes);
                assertThat(PRETTY.read(new StringReader(text))).isEqualTo(plan);
                assertThat(PRETTY.read(new ByteArrayInputStream(bytes))).isEqualTo(plan);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void writeIsCanonical() {
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              for (PlanJson json : List.of(PRETTY, COMPACT)) {
                byte[] once = json.writeBytes(plan);
                Plan back = read(json, new String(once, StandardCharsets.UTF_8));
                assertThat(json.writeBytes(back)).isEqualTo(once);
              }
              // The pretty and compact forms hold the same JSON.
              assertThat(read(COMPACT, PRETTY.write(plan))).isEqualTo(read(PRETTY, COMPACT.write(plan)));
            });
  }

  @Test
  void generatedJsonConformsToSchema() {
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              List<Error> errors = SCHEMA.validate(COMPACT.write(plan), InputFormat.JSON);
              assertThat(errors).isEmpty();
            });
  }

  @Test
  void moduleReadsAndWritesTheSameFormat() {
    ObjectMapper plain = new ObjectMapper().registerModule(PlanJson.module());
    // With 4-byte UTF-8 for characters outside the BMP, as PlanJson writes them.
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .addModule(PlanJson.module())
            .build();
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              try {
                String viaMapper = mapper.writeValueAsString(plan);
                assertThat(viaMapper).isEqualTo(COMPACT.write(plan));
                assertThat(mapper.writeValueAsBytes(plan)).isEqualTo(COMPACT.writeBytes(plan));
                assertThat(mapper.readValue(viaMapper, Plan.class)).isEqualTo(plan);
                assertThat(mapper.readValue(PRETTY.writeBytes(plan), Plan.class)).isEqualTo(plan);
                assertThat(plain.writeValueAsString(plan)).isEqualTo(viaMapper);
                // A plain mapper escapes supplementary characters in bytes: other bytes, same JSON.
                assertThat(plain.readValue(plain.writeValueAsBytes(plan), Plan.class)).isEqualTo(plan);
                for (Section section : plan.sections()) {
                  assertThat(mapper.readValue(mapper.writeValueAsString(section), Section.class))
                      .isEqualTo(section);
                  for (Goal goal : section.goals()) {
                    for (Initiative initiative : goal.initiatives()) {
                      assertThat(
                              mapper.readValue(
                                  mapper.writeValueAsString(initiative), Initiative.class))
                          .isEqualTo(initiative);
                    }
                  }
                }
                for (OrganizationalUnit unit : plan.units()) {
                  assertThat(mapper.readValue(mapper.writeValueAsString(unit), OrganizationalUnit.class))
                      .isEqualTo(unit);
                }
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void lenientReadKeepsUnknownPropertiesAndStrictReadRejectsThem() {
    // A tree that keeps every number exactly as written, scale included.
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    qt().withExamples(1000).withShrinkCycles(SHRINK_CYCLES)
        .forAll(PlanGenerators.plans(), PlanGenerators.extensionValues())
        .checkAssert(
            (plan, value) -> {
              try {
                ObjectNode root = (ObjectNode) mapper.readTree(COMPACT.write(plan));
                JsonNode unknown = mapper.readTree(COMPACT.write(withExtension(plan, value)))
                    .get("extensions").get("zz-unknown");
                root.set("zz-unknown", unknown);
                for (JsonNode section : root.path("sections")) {
                  ((ObjectNode) section).set("zz-unknown", unknown);
                }
                String json = mapper.writeValueAsString(root);

                Plan lenient = PRETTY.read(json);
                assertThat(lenient.extensions()).containsEntry("zz-unknown", value);
                for (int s = 0; s < plan.sections().size(); s++) {
                  assertThat(lenient.sections().get(s).extensions())
                      .containsEntry("zz-unknown", value)
                      .hasSize(plan.sections().get(s).extensions().size() + 1);
                }
                assertThat(lenient.extensions()).hasSize(plan.extensions().size() + 1);
                // Written back inside "extensions", where a second read finds it unchanged.
                assertThat(PRETTY.read(PRETTY.write(lenient))).isEqualTo(lenient);

                assertThatThrownBy(() -> STRICT.read(json))
                    .isInstanceOf(PlanFormatException.class)
                    .hasMessageContaining("unknown property \"zz-unknown\" of a");
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void damagedInputGivesAPlanOrAPlanFormatExceptionNeverAnythingElse() {
    qt().withExamples(1000)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(
            PlanGenerators.plans(),
            integers().between(0, Integer.MAX_VALUE),
            integers().between(0, 255),
            integers().between(0, 2))
        .checkAssert(
            (plan, where, value, how) -> {
              byte[] bytes = COMPACT.writeBytes(plan);
              int at = where % bytes.length;
              byte[] damaged;
              if (how == 0) {
                damaged = Arrays.copyOf(bytes, at); // cut off
              } else if (how == 1) {
                damaged = bytes.clone(); // one byte replaced
                damaged[at] = (byte) (int) value;
              } else {
                damaged = new byte[bytes.length - 1]; // one byte dropped
                System.arraycopy(bytes, 0, damaged, 0, at);
                System.arraycopy(bytes, at + 1, damaged, at, bytes.length - at - 1);
              }
              for (PlanJson json : List.of(PRETTY, STRICT)) {
                try {
                  json.read(damaged);
                } catch (PlanFormatException e) {
                  assertThat(e.problem()).isNotBlank();
                  // The reader's safety net for unexpected exceptions must never be needed.
                  assertThat(e.problem()).doesNotStartWith("cannot read the plan");
                  assertThat(e.getMessage()).startsWith("<input>");
                } catch (RuntimeException e) {
                  throw new AssertionError("damaged input escaped as " + e, e);
                }
              }
            });
  }

  private static Plan withExtension(Plan plan, ExtensionValue value) {
    return Plan.builder().from(plan).putExtension("zz-unknown", value).build();
  }
}
