package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Goal;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnnumberedAndDatesTest {

  @Test
  void withoutNumberingHeadingDepthGivesTheLevels() throws PlanFormatException {
    String doc = String.join("\n",
        "# 上海市长宁区江苏路街道2024年工作要点", "",
        "## 经济发展", "", "稳中求进。", "",
        "### 招商引资，挖掘潜力", "", "完成3处楼宇招商。", "",
        "### 营商服务", "", "走访企业。", "",
        "## 民生保障", "", "#### 更深的标题", "", "保障民生。", "");
    ImportResult r = PlanDocuments.create().read(doc, DocumentFormat.MARKDOWN, "h.md");
    Plan plan = r.plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("江苏路街道");
    assertThat(plan.organization().orElseThrow().superiorBodies()).containsExactly("长宁区", "上海市");
    assertThat(plan.sections()).extracting(Section::number, Section::title)
        .containsExactly(tuple(Optional.empty(), "经济发展"), tuple(Optional.empty(), "民生保障"));
    assertThat(plan.sections().get(0).introduction()).containsExactly("稳中求进。");
    assertThat(plan.goals()).extracting(Goal::name, Goal::statement)
        .containsExactly(tuple("招商引资", Optional.of("挖掘潜力")), tuple("营商服务", Optional.empty()));
    assertThat(plan.indicators()).hasSize(1);
    assertThat(plan.sections().get(1).introduction()).containsExactly("更深的标题", "保障民生。");
    assertThat(r.diagnostics(ImportDiagnostic.Kind.UNPLACED_TEXT)).singleElement()
        .satisfies(d -> assertThat(d.span().orElseThrow().startLine()).isEqualTo(17));
  }

  @ParameterizedTest
  @CsvSource({
    "2024年6月30日, 2024-06-30", "2024-06-30, 2024-06-30", "2024.6.30, 2024-06-30", "2024年6月, 2024-06-30",
    "6月底前, 2025-06-30", "12月, 2025-12-31", "年底前, 2025-12-31", "全年, 2025-12-31", "上半年, 2025-06-30",
    "第三季度, 2025-09-30", "三季度末, 2025-09-30", "2024年, 2024-12-31", "2024年底, 2024-12-31", "二月底, 2025-02-28",
    "2024年2月, 2024-02-29"
  })
  void readsDeadlines(String cell, LocalDate expected) {
    assertThat(DueDates.parse(cell, 2025)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"长期坚持", "持续推进", "''", "13月", "按计划", "第五季度"})
  void leavesOtherDeadlinesUnread(String cell) {
    assertThat(DueDates.parse(cell, 2025)).isEmpty();
  }

  @Test
  void withoutAPlanYearOnlyFullDatesAreRead() {
    assertThat(DueDates.parse("6月底前", null)).isEmpty();
    assertThat(DueDates.parse("2024年6月底前", null)).contains(LocalDate.of(2024, 6, 30));
  }
}
