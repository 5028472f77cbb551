package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Comparator;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/** The exact shape of the format, on small hand-made plans. */
class PlanJsonFormatTest {
  private static final PlanJson PRETTY = PlanJson.create();
  private static final PlanJson COMPACT = PlanJson.builder().pretty(false).build();
  private static final PlanJson STRICT = PlanJson.builder().strict(true).build();

  private static Plan small() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("b", ExtensionValue.array(List.of()));
    members.put("a", ExtensionValue.object(Map.of()));
    return Plan.builder()
        .title("计划")
        .planKind(PlanKind.WORK_POINTS)
        .addSection(
            Section.builder()
                .title("一")
                .addGoal(
                    Goal.builder()
                        .name("招商引资")
                        .addInitiative(
                            Initiative.builder()
                                .text("推进9处精品小区建设")
                                .status(InitiativeStatus.IN_PROGRESS)
                                .due(LocalDate.of(2024, 12, 31))
                                .addIndicator(
                                    Indicator.builder()
                                        .name("精品小区建设")
                                        .measureKind(MeasureKind.COUNT)
                                        .target(
                                            Target.builder()
                                                .comparator(Comparator.AT_LEAST)
                                                .value(new BigDecimal("9.0"))
                                                .unit(MeasureUnit.of("处"))
                                                .build())
                                        .build())
                                .build())
                        .build())
                .addSourceNote(
                    SourceNote.builder()
                        .kind(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH)
                        .detail("joined")
                        .build())
                .build())
        .putExtension("org.example:z", ExtensionValue.number(new BigDecimal("1E+3")))
        .putExtension("org.example:a", ExtensionValue.object(members))
        .build();
  }

  @Test
  void compactFormIsExact() {
    assertThat(COMPACT.write(small()))
        .isEqualTo(
            "{\"formatVersion\":\"1.1\",\"id\":\"plan\",\"title\":\"计划\",\"planKind\":\"workPoints\","
                + "\"language\":\"zh-CN\",\"sections\":[{\"id\":\"s1\",\"title\":\"一\",\"goals\":"
                + "[{\"id\":\"s1.g1\",\"name\":\"招商引资\",\"initiatives\":[{\"id\":\"s1.g1.i1\","
                + "\"text\":\"推进9处精品小区建设\",\"due\":\"2024-12-31\",\"status\":\"inProgress\","
                + "\"indicators\":[{\"id\":\"s1.g1.i1.k1\",\"name\":\"精品小区建设\",\"measureKind\":\"count\","
                + "\"target\":{\"comparator\":\"atLeast\",\"value\":9.0,\"unit\":{\"written\":\"处\","
                + "\"normalized\":\"处\"}}}]}]}],\"sourceNotes\":[{\"kind\":\"joinedBrokenParagraph\","
                + "\"detail\":\"joined\"}]}],\"extensions\":{\"org.example:a\":{\"a\":{},\"b\":[]},"
                + "\"org.example:z\":1E+3}}");
  }

  @Test
  void prettyFormIsExact() {
    Plan plan =
        Plan.builder()
            .title("计划")
            .addValues("和美")
            .putExtension(
                "x", ExtensionValue.object(Map.of("b", ExtensionValue.bool(true), "a", ExtensionValue.nullValue())))
            .putExtension("e", ExtensionValue.array(List.of()))
            .build();
    assertThat(PRETTY.write(plan))
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": \"1.1\",\n"
                + "  \"id\": \"plan\",\n"
                + "  \"title\": \"计划\",\n"
                + "  \"planKind\": \"annualWorkPlan\",\n"
                + "  \"language\": \"zh-CN\",\n"
                + "  \"values\": [\n"
                + "    \"和美\"\n"
                + "  ],\n"
                + "  \"extensions\": {\n"
                + "    \"e\": [],\n"
                + "    \"x\": {\n"
                + "      \"a\": null,\n"
                + "      \"b\": true\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
  }

  @Test
  void decimalsKeepTheirScale() throws PlanFormatException {
    for (String number : List.of("1.00", "1.0", "1", "0E-8", "1.23E+5", "-7.50", "123456789012345678901234567890.123")) {
      Plan plan =
          Plan.builder()
              .title("t")
              .putExtension("n", ExtensionValue.number(new BigDecimal(number)))
              .build();
      String text = COMPACT.write(plan);
      assertThat(text).contains("\"n\":" + new BigDecimal(number));
      Plan back = COMPACT.read(text);
      assertThat(((ExtensionValue.NumberValue) back.extensions().get("n")).value())
          .isEqualTo(new BigDecimal(number))
          .hasScaleOf(new BigDecimal(number).scale());
    }
    assertThat(COMPACT.read("{\"formatVersion\":\"1.0\",\"title\":\"t\",\"extensions\":{\"n\":1.00}}"))
        .isNotEqualTo(COMPACT.read("{\"formatVersion\":\"1.0\",\"title\":\"t\",\"extensions\":{\"n\":1.0}}"));
  }

  @Test
  void format10FilesReadAsBeforeAndTheNewOwnersRoundTrip() throws PlanFormatException {
    String v10 =
        "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"sections\":[{\"title\":\"一\",\"goals\":"
            + "[{\"name\":\"g\",\"initiatives\":[{\"text\":\"做\"}]}]}]}";
    Plan old = STRICT.read(v10);
    assertThat(old.targets()).isEmpty();
    assertThat(old.sections().get(0).indicators()).isEmpty();
    Indicator gdp =
        Indicator.builder()
            .name("地区生产总值")
            .measureKind(MeasureKind.PERCENTAGE)
            .target(Target.builder().comparator(Comparator.AT_LEAST).value(new BigDecimal("6")).unit(MeasureUnit.of("%")).build())
            .build();
    Plan plan =
        Plan.builder()
            .from(old)
            .addTargets(gdp)
            .documentNumber("蔡政办〔2023〕1号")
            .sections(List.of(Section.builder().from(old.sections().get(0)).addIndicators(gdp)
                .goals(List.of(Goal.builder().from(old.sections().get(0).goals().get(0)).addIndicators(gdp).build()))
                .build()))
            .build();
    String text = COMPACT.write(plan);
    assertThat(text)
        .contains("\"targets\":[{\"id\":\"t1\",\"name\":\"地区生产总值\"")
        .contains("\"documentNumber\":\"蔡政办〔2023〕1号\"")
        .contains("\"title\":\"一\",\"indicators\":[{\"id\":\"s1.k1\"")
        .contains("\"name\":\"g\",\"indicators\":[{\"id\":\"s1.g1.k1\"");
    assertThat(STRICT.read(text)).isEqualTo(plan);
    assertThat(PlanJsonPropertiesTest.SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
  }

  @Test
  void nothingIsWrittenAsNull() {
    assertThat(COMPACT.write(small())).doesNotContain("null").doesNotContain("[]\"").doesNotContain("\"keywords\"");
  }

  @Test
  void elementsWithoutIdsGetIdsAndLaterMinorVersionsAreRead() throws PlanFormatException {
    Plan plan =
        PRETTY.read(
            "{\"formatVersion\":\"1.7\",\"title\":\"t\",\"sections\":[{\"title\":\"一\",\"goals\":"
                + "[{\"name\":\"g\",\"initiatives\":[{\"text\":\"做\"}]}]}],\"units\":[{\"name\":\"办\"}]}");
    assertThat(plan.id()).isEqualTo("plan");
    assertThat(plan.nodes().map(n -> n.id())).containsExactly("plan", "s1", "s1.g1", "s1.g1.i1", "u1");
    assertThat(PRETTY.write(plan)).startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"id\": \"plan\",");
  }

  @Test
  void nullForOptionalPropertiesReadsAsAbsentLenientlyAndIsRefusedStrictly() throws PlanFormatException {
    String json = "{\"formatVersion\":\"1.0\",\"id\":null,\"title\":\"t\",\"vision\":null,\"preamble\":null,"
        + "\"planKind\":null,\"sections\":null,\"extensions\":null,\"period\":null}";
    assertThat(PlanJson.create().read(json)).isEqualTo(Plan.builder().title("t").build());
    // The schema, which describes exactly what the strict reader accepts, has no null.
    assertThatThrownBy(() -> STRICT.read(json))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("at /id: null is not a value here; leave the property out (strict reading)");
  }

  @Test
  void aUnitWithoutNormalizedFormReadsAsWritten() throws PlanFormatException {
    Plan plan =
        STRICT.read(
            "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"sections\":[{\"title\":\"一\",\"goals\":[{\"name\":\"g\","
                + "\"initiatives\":[{\"text\":\"做\",\"indicators\":[{\"name\":\"k\",\"measureKind\":\"area\","
                + "\"target\":{\"comparator\":\"about\",\"value\":5,\"unit\":{\"written\":\"万平方米\"}}}]}]}]}]}");
    assertThat(plan.indicators().findFirst().orElseThrow().unit()).contains(MeasureUnit.of("万平方米"));
  }

  @Test
  void unknownPropertiesAreKeptInTheNearestElementsExtensions() throws PlanFormatException {
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"colour\":\"red\",\"sections\":[{\"title\":\"一\","
            + "\"goals\":[{\"name\":\"g\",\"initiatives\":[{\"text\":\"做\",\"budget\":{\"amount\":12.50},"
            + "\"indicators\":[{\"name\":\"k\",\"measureKind\":\"count\",\"target\":{\"comparator\":\"exactly\","
            + "\"value\":9,\"unit\":{\"written\":\"处\",\"symbol\":\"pl\"}},\"milestones\":[{\"period\":"
            + "{\"start\":\"2024-01-01\",\"end\":\"2024-03-31\"},\"value\":2,\"note\":\"一季度\"}]}]}]}]}]}";
    Plan plan = PRETTY.read(text);
    assertThat(plan.extensions()).containsExactly(Map.entry("colour", ExtensionValue.string("red")));
    Initiative initiative = plan.initiatives().findFirst().orElseThrow();
    assertThat(initiative.extensions())
        .containsExactly(
            Map.entry(
                "budget",
                ExtensionValue.object(Map.of("amount", ExtensionValue.number(new BigDecimal("12.50"))))));
    Indicator indicator = initiative.indicators().get(0);
    assertThat(indicator.extensions())
        .containsOnly(
            Map.entry("target/unit/symbol", ExtensionValue.string("pl")),
            Map.entry("milestones/0/note", ExtensionValue.string("一季度")));
    // Written back inside "extensions", so a strict reader accepts the result and nothing is lost.
    String written = PRETTY.write(plan);
    assertThat(written).contains("\"target/unit/symbol\": \"pl\"");
    assertThat(STRICT.read(written)).isEqualTo(plan);

    assertThatThrownBy(() -> STRICT.read(text))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("at /colour: unknown property \"colour\" of a plan; expected one of: formatVersion, id, title");
  }

  @Test
  void moduleIsFoundByServiceLoadingAndReportsFormatErrors() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Plan plan = small();
    assertThat(mapper.writeValueAsString(plan)).isEqualTo(COMPACT.write(plan));
    assertThat(mapper.readValue(PRETTY.write(plan), Plan.class)).isEqualTo(plan);
    assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":\"1.0\",\"title\":3}", Plan.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOf(PlanFormatException.class)
        .hasMessage("<input>:1:32: at /title: expected a string, found a number");
  }

  @Test
  void moduleReadsAPlanInsideAnotherDocumentWithTheFullPointer() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(PlanJson.module());
    record Envelope(String owner, Plan plan) {}
    Envelope e =
        mapper.readValue(
            "{\"owner\":\"区发改委\",\"plan\":" + COMPACT.write(small()) + "}", Envelope.class);
    assertThat(e.plan()).isEqualTo(small());
    String bad = "{\"owner\":\"x\",\"plan\":{\"formatVersion\":\"1.0\",\"title\":\"t\",\"sections\":[{}]}}";
    assertThatThrownBy(() -> mapper.readValue(bad, Envelope.class))
        .isInstanceOf(JsonMappingException.class)
        .rootCause()
        .isInstanceOf(PlanFormatException.class)
        .hasMessage(
            "<input>:1:"
                + (bad.indexOf("[{}") + 2)
                + ": at /plan/sections/0: missing required property \"title\" of a section");
  }

  @Test
  void schemaRejectsWhatTheStrictReaderRejects() {
    String valid = COMPACT.write(small());
    assertThat(PlanJsonPropertiesTest.SCHEMA.validate(valid, InputFormat.JSON)).isEmpty();
    List<String> invalid =
        List.of(
            valid.replace("\"title\":\"计划\",", ""),
            valid.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"2.0\""),
            valid.replace("\"language\":\"zh-CN\"", "\"language\":\"zh-CN\",\"targets\":[{\"name\":\"x\"}]"),
            valid.replace("\"language\":\"zh-CN\"", "\"language\":\"zh-CN\",\"colour\":\"red\""),
            valid.replace("\"atLeast\"", "\"atleast\""),
            valid.replace("\"atLeast\"", "\"between\""),
            valid.replace("\"value\":9.0", "\"value\":9.0,\"upperValue\":10"),
            valid.replace("\"due\":\"2024-12-31\"", "\"due\":\"2024/12/31\""),
            valid.replace("\"id\":\"s1\"", "\"id\":\" \""),
            valid.replace("\"title\":\"一\"", "\"title\":1"),
            valid.replace("\"vision\"", "\"vision\"").replace("\"language\":\"zh-CN\"", "\"language\":\"zh-CN\",\"vision\":null"));
    for (String json : invalid) {
      assertThat(json).isNotEqualTo(valid);
      assertThat(PlanJsonPropertiesTest.SCHEMA.validate(json, InputFormat.JSON))
          .as("schema errors for %s", json)
          .isNotEmpty();
      if (!json.contains("\"vision\":null")) {
        assertThatThrownBy(() -> STRICT.read(json)).isInstanceOf(PlanFormatException.class);
      }
    }
  }
}
