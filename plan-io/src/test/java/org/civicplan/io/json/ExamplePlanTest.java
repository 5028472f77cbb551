package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.model.Comparator;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** The example plan shipped for the README stays readable, canonical and true to the schema. */
class ExamplePlanTest {
  static final Path EXAMPLE = Path.of("..", "examples", "jiangsu-road-2024.json");

  @Test
  void exampleReadsAndIsAlreadyCanonical() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    Plan plan = PlanJson.create().read(EXAMPLE);
    assertThat(PlanJson.create().writeBytes(plan)).isEqualTo(bytes);
    assertThat(PlanJsonPropertiesTest.SCHEMA.validate(Files.readString(EXAMPLE), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void exampleHoldsTheJiangsuRoadIndicators() throws IOException {
    Plan plan = PlanJson.create().read(EXAMPLE);
    assertThat(plan.title()).isEqualTo("江苏路街道 2024 年工作计划");
    assertThat(plan.sections()).hasSize(2);
    assertThat(plan.indicators().map(Indicator::name)).containsExactly("精品小区建设", "里弄房屋修缮");
    Indicator boutique = plan.indicators().findFirst().orElseThrow();
    assertThat(boutique.target().orElseThrow().comparator()).isEqualTo(Comparator.EXACTLY);
    assertThat(boutique.target().orElseThrow().value()).isEqualTo(new BigDecimal("9"));
    assertThat(boutique.unit()).contains(MeasureUnit.of("处"));
    // Every lead unit names a unit the plan declares.
    assertThat(plan.initiatives().map(Initiative::leadUnit))
        .allSatisfy(lead -> assertThat(plan.unit(lead.orElseThrow())).isPresent());
  }
}
