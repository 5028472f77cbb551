package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Comparator;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/** Whatever PlanJson writes, it reads back with the same limits, or it refuses to write it. */
class WriterReaderLimitsTest {
  static Plan withTarget(String value) {
    return Plan.builder().title("测试街道 2024 年工作计划")
        .addSection(Section.builder().title("经济").addGoal(Goal.builder().name("招商引资")
            .addInitiative(Initiative.builder().text("引进企业。").addIndicator(Indicator.builder()
                .name("引进企业数").measureKind(MeasureKind.COUNT)
                .target(Target.builder().comparator(Comparator.EXACTLY).value(new BigDecimal(value)).build())
                .build()).build()).build()).build())
        .build();
  }

  @Test
  void aDecimalWhoseExponentLeavesTheIntRangeIsRefusedWithItsPointer() {
    Plan plan = withTarget("10e2147483647");
    assertThatThrownBy(() -> PlanJson.create().write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0E+2147483648")
        .hasMessageContaining("/sections/0/goals/0/initiatives/0/indicators/0/target/value")
        .hasCauseInstanceOf(PlanFormatException.class);
    assertThatThrownBy(() -> PlanJson.create().write(plan, new StringWriter()))
        .isInstanceOf(PlanFormatException.class)
        .satisfies(e -> assertThat(((PlanFormatException) e).pointer())
            .contains("/sections/0/goals/0/initiatives/0/indicators/0/target/value"));
  }

  @Test
  void extremeButReadableDecimalsRoundTrip() throws Exception {
    for (String v : List.of("1e999999999", "1e-999999999", "1e-2147483647", "1e2147483647", "-9.99e-2147483640")) {
      Plan plan = withTarget(v);
      String json = PlanJson.create().write(plan);
      assertThat(PlanJson.create().read(json)).as(v).isEqualTo(plan);
      assertThat(PlanDocuments.create().read(json, DocumentFormat.JSON, "x.json").plan()).as(v).isEqualTo(plan);
    }
  }

  @Test
  void aStringBeyondTheReadersLimitIsRefusedAndOneAtTheLimitReadsBack() throws Exception {
    PlanJson small = PlanJson.builder().maxStringLength(100).build();
    Plan atLimit = Plan.builder().title("划".repeat(100)).build();
    assertThat(small.read(small.write(atLimit))).isEqualTo(atLimit);
    Plan over = Plan.builder().title("划".repeat(101)).build();
    assertThatThrownBy(() -> small.write(over))
        .hasMessageContaining("a string of 101 characters is beyond the reader's limit of 100 (PlanJson.Builder.maxStringLength)")
        .hasMessageContaining("/title");
  }

  @Test
  void aDocumentBeyondTheReadersLimitIsRefusedInUtf8Bytes() throws Exception {
    Plan plan = Plan.builder().title("划".repeat(200)).build();
    int bytes = PlanJson.create().writeBytes(plan).length;
    PlanJson exact = PlanJson.builder().maxDocumentLength(bytes).build();
    assertThat(exact.read(exact.write(plan))).isEqualTo(plan);
    assertThat(exact.read(exact.writeBytes(plan))).isEqualTo(plan);
    PlanJson tight = PlanJson.builder().maxDocumentLength(bytes - 1).build();
    // 200 three-byte characters: fewer characters than the limit, more bytes.
    assertThat(PlanJson.create().write(plan).length()).isLessThan(bytes - 1);
    assertThatThrownBy(() -> tight.write(plan)).hasMessageContaining("longer than the reader's limit of " + (bytes - 1) + " bytes");
    assertThatThrownBy(() -> tight.writeBytes(plan)).hasMessageContaining("PlanJson.Builder.maxDocumentLength");
  }

  /** Tokens as Jackson counts them, by an independent plain parser. */
  private static long tokens(String json) throws java.io.IOException {
    long n = 0;
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  @Test
  void tokensBeyondTheReadersLimitAreRefusedAndAPlanAtTheLimitReadsBack() throws Exception {
    Plan plan = withTarget("12");
    for (boolean pretty : new boolean[] {true, false}) {
      String json = PlanJson.builder().pretty(pretty).build().write(plan);
      long n = tokens(json);
      PlanJson exact = PlanJson.builder().pretty(pretty).maxTokenCount(n).build();
      assertThat(exact.read(exact.write(plan))).isEqualTo(plan);
      assertThat(exact.read(exact.writeBytes(plan))).isEqualTo(plan);
      PlanJson tight = PlanJson.builder().pretty(pretty).maxTokenCount(n - 1).build();
      assertThatThrownBy(() -> tight.write(plan))
          .hasMessageContaining("more than " + (n - 1) + " JSON tokens is beyond the reader's limit of " + (n - 1)
              + " (PlanJson.Builder.maxTokenCount)");
      assertThatThrownBy(() -> tight.write(plan, new StringWriter())).isInstanceOf(PlanFormatException.class);
      assertThatThrownBy(() -> tight.read(json)).isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("PlanJson.Builder.maxTokenCount");
    }
  }

  @Test
  void elementsBeyondTheReadersLimitAreRefusedAndAPlanAtTheLimitReadsBack() throws Exception {
    Plan plan = withTarget("12"); // the plan, a section, a goal, an initiative and its indicator
    PlanJson exact = PlanJson.builder().maxElementCount(5).build();
    assertThat(exact.read(exact.write(plan))).isEqualTo(plan);
    PlanJson tight = PlanJson.builder().maxElementCount(4).build();
    assertThatThrownBy(() -> tight.writeBytes(plan))
        .hasMessageContaining("it has 5 elements, beyond the reader's limit of 4 (PlanJson.Builder.maxElementCount)");
    assertThatThrownBy(() -> tight.read(exact.write(plan)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("/sections/0/goals/0/initiatives/0/indicators/0");
  }

  @Test
  void nestingBeyondTheReadersLimitIsRefused() throws Exception {
    ExtensionValue deep = ExtensionValue.string("底");
    for (int i = 0; i < 120; i++) {
      deep = ExtensionValue.array(List.of(deep));
    }
    Plan plan = Plan.builder().title("测试街道工作计划").extensions(java.util.Map.of("org.example:deep", deep)).build();
    assertThatThrownBy(() -> PlanJson.create().write(plan))
        .hasMessageContaining("levels deep is beyond the reader's limit of 100 (PlanJson.Builder.maxNestingDepth)");
    ExtensionValue shallow = ExtensionValue.string("底");
    for (int i = 0; i < 90; i++) {
      shallow = ExtensionValue.array(List.of(shallow));
    }
    Plan ok = Plan.builder().title("测试街道工作计划").extensions(java.util.Map.of("org.example:deep", shallow)).build();
    assertThat(PlanJson.create().read(PlanJson.create().write(ok))).isEqualTo(ok);
  }

  @Test
  void aTableBeyondCommonmarksCellLimitIsAPlanFormatException() {
    StringBuilder md = new StringBuilder("# 测试街道 2024 年工作计划\n\n");
    md.append("|a|b|c|d|e|f|g|h|i|j|\n|-|-|-|-|-|-|-|-|-|-|\n");
    String row = "|1|2|3|4|5|6|7|8|9|0|\n";
    for (int r = 0; r < 100_100; r++) {
      md.append(row);
    }
    assertThatThrownBy(() -> PlanDocuments.create().read(md.toString(), DocumentFormat.MARKDOWN, "big.md"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("big.md")
        .hasMessageContaining("beyond the Markdown parser's limits");
  }
}
