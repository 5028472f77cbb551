package org.civicplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/** The embedding example of the repository's README works as shown and prints the JSON shown. */
class ReadmeExampleTest {
  static final Path README = Path.of("..", "README.md");

  @Test
  void theEmbeddingExampleWritesTheJsonTheReadmeShows() throws IOException {
    // ---- as in the README ----
    Plan plan = Plan.builder()
        .title("江苏路街道 2024 年工作计划")
        .organization(IssuingOrganization.named("江苏路街道"))
        .period(Period.calendarYear(2024))
        .vision("和美家园、社区范例")
        .addSection(Section.builder()
            .number(Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA))
            .addKeywords("老", "小", "旧")
            .title("“老、小、旧”持续攻坚，品质生活焕然一新")
            .addGoal(Goal.builder()
                .name("做实做细").statement("提升宜居功能品质")
                .addInitiative(Initiative.builder()
                    .text("推进五环大楼、北汪小区等9处精品小区建设")
                    .addIndicator(Indicator.builder()
                        .name("精品小区建设")
                        .measureKind(MeasureKind.COUNT)
                        .target(Target.builder()
                            .comparator(Comparator.EXACTLY)
                            .value(new BigDecimal("9"))
                            .unit(MeasureUnit.of("处"))
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();

    PlanJson json = PlanJson.create();
    String text = json.write(plan);
    Plan again = json.read(text);
    // ---- end ----

    assertThat(again).isEqualTo(plan);
    assertThat(again.find("s1.g1.i1.k1").map(PlanNode::pointer))
        .contains("/sections/0/goals/0/initiatives/0/indicators/0");
    // What the code prints, for updating the README after a deliberate format change.
    Files.writeString(Path.of("target", "readme-example.json"), text, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(jsonBlockOfReadme());
  }

  @Test
  void theChangeExampleChangesOneElement() throws IOException {
    Plan plan = PlanJson.create().read(jsonBlockOfReadme());
    // ---- as in the README ----
    Plan done = plan.update("s1.g1.i1", Initiative.class,
        i -> i.withStatus(InitiativeStatus.DONE).withLeadUnit("u1"));
    Plan renamed = plan.replace("/sections/0", plan.sections().get(0).withTitle("品质生活焕然一新"));
    // ---- end ----
    assertThat(done.initiatives().findFirst().orElseThrow().status()).contains(InitiativeStatus.DONE);
    assertThat(done.initiatives().findFirst().orElseThrow().leadUnit()).contains("u1");
    assertThat(renamed.sections().get(0).title()).isEqualTo("品质生活焕然一新");
    assertThat(renamed.sections().get(0).goals()).isSameAs(plan.sections().get(0).goals());
    assertThat(plan.sections().get(0).title()).isEqualTo("“老、小、旧”持续攻坚，品质生活焕然一新");
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme)
        .contains("Plan done = plan.update(\"s1.g1.i1\", Initiative.class,\n"
            + "    i -> i.withStatus(InitiativeStatus.DONE).withLeadUnit(\"u1\"));\n"
            + "Plan renamed = plan.replace(\"/sections/0\", plan.sections().get(0).withTitle(\"品质生活焕然一新\"));");
  }

  /** The first ```json block of the README. */
  static String jsonBlockOfReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("```json\n");
    assertThat(start).as("the README shows a JSON example").isNotNegative();
    int end = readme.indexOf("```", start + 8);
    return readme.substring(start + 8, end);
  }
}
