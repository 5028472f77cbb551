package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Actual;
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
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * What a user's own {@code ObjectMapper} does with the module: trees, value types in DTOs,
 * default typing, elements without ids. Also run against the oldest supported Jackson 2 by the
 * plan-jackson-compat module.
 */
class PlanJsonModuleEmbeddingTest {
  private static final int EXAMPLES = 200;
  private static final PlanJson COMPACT = PlanJson.builder().pretty(false).build();

  private static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(PlanJson.module());
  }

  /** A DTO such as a REST endpoint returns: value types as its properties. */
  record Holder(
      Target target, Period period, Numbering number, MeasureUnit unit, List<Mention> mentions) {}

  private static Plan planWithTarget(String value) {
    return Plan.builder()
        .title("江苏路街道 2024 年工作计划")
        .addSection(
            Section.builder()
                .title("品质生活")
                .addGoal(
                    Goal.builder()
                        .name("做实做细")
                        .addInitiative(
                            Initiative.builder()
                                .text("推进精品小区建设")
                                .addIndicator(
                                    Indicator.builder()
                                        .name("精品小区建设")
                                        .measureKind(MeasureKind.COUNT)
                                        .target(
                                            Target.builder()
                                                .comparator(Comparator.EXACTLY)
                                                .value(new BigDecimal(value))
                                                .unit(MeasureUnit.of("处"))
                                                .build())
                                        .build())
                                .build())
                        .build())
                .build())
        .build();
  }

  private static final String TARGET_VALUE = "/sections/0/goals/0/initiatives/0/indicators/0/target/value";

  @Test
  void everyPlanSurvivesATreeOfADefaultMapper() {
    ObjectMapper mapper = mapper();
    qt().withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              try {
                JsonNode tree = mapper.valueToTree(plan);
                assertThat(mapper.treeToValue(tree, Plan.class)).isEqualTo(plan);
                // The tree holds the very document PlanJson writes, numbers as written.
                assertThat(mapper.writeValueAsString(tree)).isEqualTo(COMPACT.write(plan));
                assertThat(mapper.convertValue(plan, Plan.class)).isEqualTo(plan);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void decimalsStayExactInTrees() throws IOException {
    ObjectMapper mapper = mapper();
    for (String value : List.of("12345678901234567.89", "9", "1.50", "9E+2", "0.000001")) {
      Plan plan = planWithTarget(value);
      JsonNode tree = mapper.valueToTree(plan);
      assertThat(tree.at(TARGET_VALUE).decimalValue()).isEqualTo(new BigDecimal(value));
      Plan back = mapper.treeToValue(tree, Plan.class);
      assertThat(back).isEqualTo(plan);
      assertThat(back.indicators().findFirst().orElseThrow().target().orElseThrow().value())
          .hasToString(value);
    }
  }

  @Test
  void aTreeHoldingADoubleIsReadWhereItIsExactAndRefusedWhereItMayNotBe() throws IOException {
    ObjectMapper mapper = mapper(); // reads text into trees with doubles, Jackson's default
    String long17 = COMPACT.write(planWithTarget("12345678901234567.89"));
    JsonNode lossy = mapper.readTree(long17);
    assertThatThrownBy(() -> mapper.treeToValue(lossy, Plan.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("USE_BIG_DECIMAL_FOR_FLOATS")
        .hasMessageContaining(TARGET_VALUE)
        .hasCauseInstanceOf(PlanFormatException.class);

    JsonNode shortDouble = mapper.readTree(COMPACT.write(planWithTarget("2.5")));
    assertThat(mapper.treeToValue(shortDouble, Plan.class)).isEqualTo(planWithTarget("2.5"));

    ObjectMapper exact =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(PlanJson.module())
            .build();
    assertThat(exact.treeToValue(exact.readTree(long17), Plan.class))
        .isEqualTo(planWithTarget("12345678901234567.89"));
  }

  private static ObjectMapper typed(ObjectMapper.DefaultTyping typing) {
    return JsonMapper.builder()
        .addModule(PlanJson.module())
        .activateDefaultTyping(
            BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.civicplan.")
                .allowIfSubType("java.util.")
                .build(),
            typing,
            JsonTypeInfo.As.PROPERTY)
        .build();
  }

  @Test
  void defaultTypingWritesThePublicTypeAndReadsItBack() {
    ObjectMapper nonFinal = typed(ObjectMapper.DefaultTyping.NON_FINAL);
    ObjectMapper everything = typed(ObjectMapper.DefaultTyping.EVERYTHING);
    qt().withExamples(50).withShrinkCycles(20)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              try {
                // NON_FINAL leaves a root of a final runtime class untyped: still read back.
                String plain = nonFinal.writeValueAsString(plan);
                assertThat(nonFinal.readValue(plain, Plan.class)).isEqualTo(plan);
                String typed = nonFinal.writerFor(Plan.class).writeValueAsString(plan);
                assertThat(typed).startsWith("[\"org.civicplan.model.Plan\",{").doesNotContain("Immutable");
                assertThat(nonFinal.readValue(typed, Plan.class)).isEqualTo(plan);
                assertThat(nonFinal.readValue(typed, Object.class)).isEqualTo(plan);
                String all = everything.writeValueAsString(plan);
                assertThat(all).startsWith("[\"org.civicplan.model.Plan\",{").doesNotContain("Immutable");
                assertThat(everything.readValue(all, Object.class)).isEqualTo(plan);

                // A cache entry: a map of values of several types.
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("plan", plan);
                entry.put("period", Period.calendarYear(2024));
                plan.sections().stream().findFirst().ifPresent(s -> entry.put("section", s));
                for (ObjectMapper mapper : List.of(nonFinal, everything)) {
                  String cached = mapper.writeValueAsString(entry);
                  assertThat(cached).doesNotContain("Immutable");
                  assertThat(mapper.readValue(cached, Object.class)).isEqualTo(entry);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void valueTypesOfEveryGeneratedPlanRoundTripOnTheirOwn() {
    ObjectMapper mapper = mapper();
    qt().withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              List<Object> values = new ArrayList<>();
              plan.period().ifPresent(values::add);
              plan.organization().ifPresent(values::add);
              plan.source().ifPresent(values::add);
              plan.sections().forEach(s -> s.number().ifPresent(values::add));
              plan.nodes().forEach(n -> {
                n.element().sourceSpan().ifPresent(values::add);
                values.addAll(n.element().sourceNotes());
              });
              plan.initiatives().forEach(i -> values.addAll(i.mentions()));
              plan.indicators().forEach(k -> {
                k.target().ifPresent(values::add);
                k.target().flatMap(Target::unit).ifPresent(values::add);
                k.baseline().ifPresent(values::add);
                values.addAll(k.milestones());
                values.addAll(k.actuals());
              });
              try {
                for (Object value : values) {
                  Class<?> type = publicType(value);
                  String json = mapper.writeValueAsString(value);
                  assertThat(mapper.readValue(json, type)).as(json).isEqualTo(value);
                  assertThat(mapper.treeToValue(mapper.valueToTree(value), type)).isEqualTo(value);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The public model type a value is an instance of (its class is a hidden generated one). */
  private static Class<?> publicType(Object value) {
    Class<?> c = value.getClass();
    while (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  @Test
  void aDtoOfValueTypesIsWrittenAndReadBack() throws IOException {
    ObjectMapper mapper = mapper();
    Holder holder =
        new Holder(
            Target.builder()
                .comparator(Comparator.AT_LEAST)
                .value(new BigDecimal("12345678901234567.89"))
                .unit(MeasureUnit.of("万元"))
                .build(),
            Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)).withLabel("2024年一季度"),
            Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA),
            MeasureUnit.of("处"),
            List.of(
                Mention.builder()
                    .mentionKind(MentionKind.PLACE)
                    .text("五环大楼")
                    .span(SourceSpan.of(3, 5, 3, 9, 40, 44))
                    .build()));
    String json = mapper.writeValueAsString(holder);
    assertThat(json)
        .contains("\"target\":{\"comparator\":\"atLeast\",\"value\":12345678901234567.89,")
        .contains("\"number\":{\"ordinal\":2,\"label\":\"二\",\"style\":\"chineseEnumerationComma\"}");
    assertThat(mapper.readValue(json, Holder.class)).isEqualTo(holder);
    assertThat(mapper.treeToValue(mapper.valueToTree(holder), Holder.class)).isEqualTo(holder);
  }

  @Test
  void anElementWithoutIdIsWrittenWithoutOne() throws IOException {
    ObjectMapper mapper = mapper();
    Initiative lone = Initiative.builder().text("完成加装电梯10台").build();
    String json = mapper.writeValueAsString(lone);
    assertThat(json).isEqualTo("{\"text\":\"完成加装电梯10台\"}");
    assertThat(mapper.readValue(json, Initiative.class)).isEqualTo(lone);
    Actual actual = Actual.builder().period(Period.calendarYear(2024)).value(BigDecimal.TEN).build();
    assertThat(mapper.writeValueAsString(actual))
        .isEqualTo("{\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"value\":10}");
  }

  @Test
  void aValueWithAnUnknownOrMissingPropertyIsAnErrorThatNamesThePublicType() {
    ObjectMapper mapper = mapper();
    assertThatThrownBy(
            () -> mapper.readValue("{\"comparator\":\"exactly\",\"value\":9,\"symbol\":\"x\"}", Target.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown property \"symbol\" of a target object")
        .hasMessageNotContaining("Immutable");
    assertThatThrownBy(() -> mapper.readValue("{\"comparator\":\"exactly\"}", Target.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("missing required property \"value\"")
        .hasMessageNotContaining("Immutable");
    assertThatThrownBy(() -> mapper.readValue("[1]", Period.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a period object")
        .hasMessageNotContaining("Immutable");
  }
}
