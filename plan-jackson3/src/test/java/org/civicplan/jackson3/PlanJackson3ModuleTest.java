package org.civicplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.ReportFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** The plan-io JSON suite's cases, on a Jackson 3 mapper. */
class PlanJackson3ModuleTest {
  private static final PlanJson COMPACT = PlanJson.builder().pretty(false).build();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new PlanJackson3Module()).build();
  private static final String TARGET_VALUE =
      "/sections/0/goals/0/initiatives/0/indicators/0/target/value";

  record Holder(Target target, Period period, Numbering number, List<Mention> mentions) {}

  record Response(String planId, List<Finding> findings) {}

  record Wrapper(ValidationReport report) {}

  private static Plan planWithTarget(String value) {
    return Plan.builder()
        .title("江苏路街道 2024 年工作计划")
        .addSection(Section.builder().title("品质生活").addGoal(Goal.builder().name("做实做细")
            .addInitiative(Initiative.builder().text("推进精品小区建设").addIndicator(Indicator.builder()
                .name("精品小区建设").measureKind(MeasureKind.COUNT)
                .target(Target.builder().comparator(Comparator.EXACTLY)
                    .value(new BigDecimal(value)).unit(MeasureUnit.of("处")).build())
                .build()).build()).build()).build())
        .build();
  }

  @Test
  void everyPlanRoundTripsAsTextAndAsATree() {
    qt().withExamples(200).withShrinkCycles(20)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              String json = MAPPER.writeValueAsString(plan);
              assertThat(json).isEqualTo(COMPACT.write(plan));
              assertThat(MAPPER.readValue(json, Plan.class)).isEqualTo(plan);
              assertThat(MAPPER.readValue(COMPACT.writeBytes(plan), Plan.class)).isEqualTo(plan);
              JsonNode tree = MAPPER.valueToTree(plan);
              assertThat(MAPPER.treeToValue(tree, Plan.class)).isEqualTo(plan);
              for (Section section : plan.sections()) {
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(section), Section.class))
                    .isEqualTo(section);
              }
              List<Object> values = new ArrayList<>();
              plan.period().ifPresent(values::add);
              plan.indicators().forEach(k -> {
                k.target().ifPresent(values::add);
                values.addAll(k.actuals());
                values.addAll(k.milestones());
              });
              plan.initiatives().forEach(i -> values.addAll(i.mentions()));
              for (Object value : values) {
                Class<?> type = publicType(value);
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type)).isEqualTo(value);
                assertThat(MAPPER.treeToValue(MAPPER.valueToTree(value), type)).isEqualTo(value);
              }
            });
  }

  private static Class<?> publicType(Object value) {
    Class<?> c = value.getClass();
    while (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  @Test
  void decimalsStayExactInTrees() {
    for (String value : List.of("12345678901234567.89", "9", "1.50", "9E+2")) {
      Plan plan = planWithTarget(value);
      JsonNode tree = MAPPER.valueToTree(plan);
      assertThat(tree.at(TARGET_VALUE).decimalValue()).isEqualTo(new BigDecimal(value));
      Plan back = MAPPER.treeToValue(tree, Plan.class);
      assertThat(back).isEqualTo(plan);
    }
  }

  @Test
  void aTreeHoldingALossyDoubleIsRefused() {
    String text = COMPACT.write(planWithTarget("12345678901234567.89"));
    JsonNode lossy = MAPPER.readTree(text);
    assertThatThrownBy(() -> MAPPER.treeToValue(lossy, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("USE_BIG_DECIMAL_FOR_FLOATS")
        .hasMessageContaining(TARGET_VALUE);
    ObjectMapper exact =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new PlanJackson3Module())
            .build();
    assertThat(exact.treeToValue(exact.readTree(text), Plan.class))
        .isEqualTo(planWithTarget("12345678901234567.89"));
  }

  @Test
  void defaultTypingWritesThePublicTypeAndReadsItBack() {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new PlanJackson3Module())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("org.civicplan.")
                    .allowIfSubType("java.util.")
                    .build(),
                DefaultTyping.NON_FINAL,
                JsonTypeInfo.As.PROPERTY)
            .build();
    Plan plan = planWithTarget("9");
    String json = typed.writerFor(Plan.class).writeValueAsString(plan);
    assertThat(json).startsWith("[\"org.civicplan.model.Plan\",{").doesNotContain("Immutable");
    assertThat(typed.readValue(json, Plan.class)).isEqualTo(plan);
    assertThat(typed.readValue(json, Object.class)).isEqualTo(plan);
    assertThat(typed.readValue(typed.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("plan", plan);
    entry.put("period", Period.calendarYear(2024));
    String cached = typed.writeValueAsString(entry);
    assertThat(cached).doesNotContain("Immutable");
    assertThat(typed.readValue(cached, Object.class)).isEqualTo(entry);
  }

  @Test
  void aDtoOfValueTypesRoundTrips() {
    Holder holder =
        new Holder(
            Target.builder().comparator(Comparator.AT_LEAST)
                .value(new BigDecimal("12345678901234567.89")).unit(MeasureUnit.of("万元")).build(),
            Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)).withLabel("2024年一季度"),
            Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA),
            List.of(Mention.of(MentionKind.PLACE, "五环大楼")));
    String json = MAPPER.writeValueAsString(holder);
    assertThat(json).contains("\"value\":12345678901234567.89");
    assertThat(MAPPER.readValue(json, Holder.class)).isEqualTo(holder);
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(holder), Holder.class)).isEqualTo(holder);
  }

  @Test
  void errorsNameTheProblemAndItsPointerAndNeverAHiddenClass() {
    String bad = "{\"formatVersion\":\"1.0\",\"title\":\"计划\",\"sections\":[{\"title\":\"一\",\"goals\":[{\"name\":7}]}]}";
    assertThatThrownBy(() -> MAPPER.readValue(bad, Plan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("/sections/0/goals/0/name")
        .hasMessageNotContaining("Immutable")
        .hasCauseInstanceOf(PlanFormatException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"comparator\":\"exactly\",\"value\":9,\"symbol\":\"x\"}", Target.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown property \"symbol\" of a target object");
    assertThat(MAPPER.writeValueAsString(Initiative.builder().text("完成加装电梯10台").build()))
        .isEqualTo("{\"text\":\"完成加装电梯10台\"}");
  }

  @Test
  void reportsAreWrittenAsTheJsonReport() throws Exception {
    Plan plan = PlanDocuments.create().read(Path.of("..", "examples", "jiangsu-road-2024.md")).plan();
    ValidationReport report =
        Validator.builder().profile(Profile.DEFAULT).build().validate(plan, "jiangsu-road-2024.md");
    java.io.StringWriter text = new java.io.StringWriter();
    ReportFormat.JSON.writer().write(report, text);
    JsonNode tree = MAPPER.valueToTree(report);
    // the module's trees hold decimals as BigDecimal (exact): compare with such a tree
    ObjectMapper exact = MAPPER.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    assertThat(tree).isEqualTo(exact.readTree(text.toString()));
    JsonNode response = MAPPER.valueToTree(new Response(plan.id(), report.findings()));
    assertThat(response.get("findings")).isEqualTo(MAPPER.readTree(text.toString()).at("/files/0/findings"));
  }

  @Test
  void reportsAndFindingsAreReadBackEqualFromTextAndTrees() throws Exception {
    Plan plan = PlanDocuments.create().read(Path.of("..", "examples", "jiangsu-road-2024.md")).plan();
    ValidationReport report =
        Validator.builder().profile(Profile.STRICT).build().validate(plan, "jiangsu-road-2024.md");
    assertThat(report.findings()).isNotEmpty();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), ValidationReport.class)).isEqualTo(report);
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(report), ValidationReport.class)).isEqualTo(report);
    Response response = new Response(plan.id(), report.findings());
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(response), Response.class)).isEqualTo(response);
  }

  @Test
  void aMalformedReportIsRefusedWithItsPointerAndWhereItStarts() throws Exception {
    Plan plan = PlanDocuments.create().read(Path.of("..", "examples", "jiangsu-road-2024.md")).plan();
    ValidationReport report =
        Validator.builder().profile(Profile.DEFAULT).build().validate(plan, "jiangsu-road-2024.md");
    String json = "{\"report\":" + MAPPER.writeValueAsString(report).replace("\"warning\"", "\"warn\"") + "}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Wrapper.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown severity \"warn\"")
        .hasMessageContaining("at \"/rules/")
        .hasMessageContaining("in the validation report that starts at line 1, column 11")
        .hasRootCauseInstanceOf(org.civicplan.rules.ReportFormatException.class);
  }

  @Test
  void theModuleIsFoundByServiceLoading() {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    Plan read = found.readValue(COMPACT.write(planWithTarget("9")), Plan.class);
    assertThat(read).isEqualTo(planWithTarget("9"));
  }
}
