package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Rows for the targets of the plan itself, of a section and of a goal: where they stand in the
 * sheet, what they show, and how their figures merge back (all or nothing, as for initiatives).
 */
class TaskSheetTargetRowsTest {
  static final TaskSheets SHEETS = TaskSheets.create();

  /** The sample with a plan target (t1), a section target (s1.k1) and two goal targets (s2.g1.k1, k2). */
  static Plan withTargets() throws Exception {
    Plan plan = Sheets.sample()
        .withTargets(List.of(TaskSheetLayoutTest.indicator("新增就业岗位", "500", "个")));
    plan = plan.update("s1", Section.class,
        s -> s.withIndicators(List.of(TaskSheetLayoutTest.indicator("新引进企业", "30", "家"))));
    return plan.update("s2.g1", Goal.class, g -> g.withIndicators(List.of(
        TaskSheetLayoutTest.indicator("精品小区", "9", "处"),
        TaskSheetLayoutTest.indicator("加装电梯", "20", "台"))));
  }

  static String text(Row r, Sheet sheet, String header) {
    org.apache.poi.ss.usermodel.Cell c = r.getCell(Sheets.column(sheet, header));
    return c == null ? "" : c.getStringCellValue();
  }

  /** The row of indicator {@code k} (indicator ids are unique in a plan). */
  static Row row(Sheet sheet, String k) {
    int ks = Sheets.column(sheet, "指标编号");
    for (Row r : sheet) {
      if (r.getRowNum() > 0 && r.getCell(ks) != null && r.getCell(ks).getStringCellValue().equals(k)) {
        return r;
      }
    }
    throw new AssertionError("no row for " + k);
  }

  @Test
  void targetRowsStandWhereThePlanStatesThem() throws Exception {
    Plan plan = withTargets();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    int ids = Sheets.column(sheet, "编号");
    int ks = Sheets.column(sheet, "指标编号");
    List<String> order = new java.util.ArrayList<>();
    for (Row r : sheet) {
      if (r.getRowNum() > 0) {
        String id = r.getCell(ids) == null ? "" : r.getCell(ids).getStringCellValue();
        order.add(id.isEmpty() ? "" : id + "/" + r.getCell(ks).getStringCellValue());
      }
    }
    // Merged cells keep their value in the first row only: the goal's second target row has no id cell.
    assertThat(order).containsExactly(plan.id() + "/t1", "s1/s1.k1", "s1.g1.i1/", "s1.g2.i1/", "s2.g1/s2.g1.k1", "",
        "s2.g1.i1/s2.g1.i1.k1", "s2.g1.i2/s2.g1.i2.k1");

    Row planRow = row(sheet, "t1");
    assertThat(text(planRow, sheet, "序号")).isEmpty();
    assertThat(text(planRow, sheet, "所属部分")).isEmpty();
    assertThat(text(planRow, sheet, "层级")).isEqualTo("全计划");
    assertThat(text(planRow, sheet, "工作任务")).isEqualTo(plan.title());
    assertThat(text(planRow, sheet, "指标")).isEqualTo("新增就业岗位");
    assertThat(text(planRow, sheet, "目标值")).isEqualTo("500");
    assertThat(text(planRow, sheet, "单位")).isEqualTo("个");
    assertThat(text(planRow, sheet, "状态")).isEmpty();

    Row sectionRow = row(sheet, "s1.k1");
    assertThat(text(sectionRow, sheet, "序号")).isEqualTo("一");
    assertThat(text(sectionRow, sheet, "层级")).isEqualTo("部分");
    assertThat(text(sectionRow, sheet, "工作任务")).isEqualTo(plan.sections().get(0).title());
    assertThat(text(sectionRow, sheet, "所属部分")).isEqualTo("一、" + plan.sections().get(0).title());

    Row goalRow = row(sheet, "s2.g1.k1");
    assertThat(text(goalRow, sheet, "序号")).isEqualTo("二（一）");
    assertThat(text(goalRow, sheet, "层级")).isEqualTo("目标");
    assertThat(text(goalRow, sheet, "工作任务")).isEqualTo("做实做细，提升宜居功能品质");
    Row second = row(sheet, "s2.g1.k2");
    assertThat(second.getRowNum()).isEqualTo(goalRow.getRowNum() + 1);
    assertThat(text(second, sheet, "指标")).isEqualTo("加装电梯");
    assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(goalRow.getRowNum(), second.getRowNum(),
        Sheets.column(sheet, "工作任务"), Sheets.column(sheet, "工作任务")));
  }

  @Test
  void targetFiguresMergeBackAsActuals() throws Exception {
    Plan plan = withTargets();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    int q1 = Sheets.column(sheet, "一季度 完成值");
    int q2 = Sheets.column(sheet, "二季度 完成值");
    int q2Note = Sheets.column(sheet, "二季度 完成情况");
    row(sheet, "t1").createCell(q1).setCellValue("120 "); // a number stored as text
    row(sheet, "s1.k1").createCell(q2Note).setCellValue("已签约企业18家，正在办理落户");
    row(sheet, "s2.g1.k2").createCell(q2).setCellValue("１２台"); // full-width, with its unit
    row(sheet, "s2.g1.k2").createCell(q2Note).setCellValue("已完工");
    Sheets.cell(sheet, "s2.g1.i1", "状态").setCellValue("已完成");
    MergeResult r = SHEETS.mergeXlsx(plan, new ByteArrayInputStream(Sheets.save(wb)), "filled.xlsx");
    Plan merged = r.plan();

    assertThat(merged.targets().get(0).actuals()).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualByComparingTo("120");
      assertThat(a.period()).isEqualTo(ReportingPeriod.parse("2024Q1").period());
    });
    Indicator section = merged.sections().get(0).indicators().get(0);
    assertThat(section.actuals()).isEmpty();
    assertThat(section.extensions().get(TaskTable.NOTES_KEY)).isEqualTo(
        ExtensionValue.object(Map.of("2024Q2", ExtensionValue.string("已签约企业18家，正在办理落户"))));
    Goal goal = merged.sections().get(1).goals().get(0);
    assertThat(goal.indicators().get(0).actuals()).isEmpty();
    assertThat(goal.indicators().get(1).actuals()).extracting(Actual::value, a -> a.note().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("12"), "已完工"));
    assertThat(r.targetsChanged()).isEqualTo(3);
    assertThat(r.initiativesChanged()).isEqualTo(1);
    assertThat(r.actualsRecorded()).isEqualTo(2);
    // Nothing else changed: the goal's initiatives but the one edited, the other section's goals.
    assertThat(merged.sections().get(0).goals()).isEqualTo(plan.sections().get(0).goals());
    assertThat(goal.initiatives().get(1)).isEqualTo(plan.sections().get(1).goals().get(0).initiatives().get(1));

    // The merged plan's sheet, merged again unedited, changes nothing.
    MergeResult again = SHEETS.mergeXlsx(merged, new ByteArrayInputStream(Sheets.xlsx(SHEETS, merged)), "x.xlsx");
    assertThat(again.plan()).isEqualTo(merged);
    assertThat(again.targetsChanged()).isZero();
  }

  @Test
  void badTargetRowsMergeNothingAndAreAllReported() throws Exception {
    Plan plan = withTargets();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    Row goalRow = row(sheet, "s2.g1.k1");
    Row sectionRow = row(sheet, "s1.k1");
    Row planRow = row(sheet, "t1");
    goalRow.getCell(Sheets.column(sheet, "状态")).setCellValue("已完成");
    sectionRow.getCell(Sheets.column(sheet, "指标编号")).setCellValue("s1.k7");
    planRow.getCell(Sheets.column(sheet, "工作任务")).setCellValue("另一份计划");
    planRow.getCell(Sheets.column(sheet, "层级")).setCellValue("举措");
    planRow.createCell(Sheets.column(sheet, "一季度 完成值")).setCellValue("一百二十");
    // A good edit on a target must not be merged either.
    row(sheet, "s2.g1.k2").createCell(Sheets.column(sheet, "二季度 完成值")).setCellValue(12);
    byte[] filled = Sheets.save(wb);

    assertThatThrownBy(() -> SHEETS.mergeXlsx(plan, new ByteArrayInputStream(filled), "filled.xlsx"))
        .isInstanceOfSatisfying(TaskSheetException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.row() + " " + p.header()).containsExactlyInAnyOrder(
              (goalRow.getRowNum() + 1) + " 状态",
              (sectionRow.getRowNum() + 1) + " 指标编号",
              (planRow.getRowNum() + 1) + " 工作任务",
              (planRow.getRowNum() + 1) + " 层级",
              (planRow.getRowNum() + 1) + " 一季度 完成值");
          assertThat(e.problems()).filteredOn(p -> p.header().equals("状态")).singleElement()
              .satisfies(p -> assertThat(p.problem()).isEqualTo(
                  "a target of goal s2.g1 has no status; the column is for the tasks"));
          assertThat(e.problems()).filteredOn(p -> p.header().equals("指标编号")).singleElement()
              .satisfies(p -> assertThat(p.problem() + " / " + p.expected())
                  .isEqualTo("section s1 has no indicator \"s1.k7\" / one of [s1.k1]"));
          assertThat(e.problems()).filteredOn(p -> p.header().equals("工作任务")).singleElement()
              .satisfies(p -> assertThat(p.problem()).isEqualTo("the text of the plan was changed"));
          assertThat(e.problems()).filteredOn(p -> p.header().equals("层级")).singleElement()
              .satisfies(p -> assertThat(p.problem()).isEqualTo("\"举措\" is not the level of the plan"));
        });
  }

  @Test
  void csvCarriesTargetRowsBothWays() throws Exception {
    Plan plan = withTargets();
    TaskSheets english = TaskSheets.builder().language(SheetLanguage.ENGLISH)
        .periods(ReportingPeriod.parseRange("2024Q1..2024Q2")).build();
    StringWriter out = new StringWriter();
    english.writeCsv(plan, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(1)).startsWith(",,plan," + plan.id() + ",t1,").contains(plan.title());
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("二（一）,二、").contains(",goal,s2.g1,s2.g1.k2,"));
    assertThat(english.mergeCsv(plan, new StringReader(out.toString()), "t.csv").plan()).isEqualTo(plan);

    String filled = out.toString().lines()
        .map(l -> l.contains(",s2.g1.k1,") ? l.replaceAll(",$", ",7") : l)
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    MergeResult r = english.mergeCsv(plan, new StringReader(filled), "t.csv");
    assertThat(r.plan().find("s2.g1.k1").orElseThrow().as(Indicator.class).actuals())
        .extracting(Actual::value).containsExactly(new BigDecimal("7"));
    assertThat(r.targetsChanged()).isEqualTo(1);
  }

  @Test
  void aRowAddedBelowAGoalsTargetJoinsThatGoal() throws Exception {
    Plan plan = withTargets();
    TaskSheets appending = TaskSheets.builder().newRows(NewRows.APPEND).build();
    StringWriter out = new StringWriter();
    appending.writeCsv(plan, out);
    List<String> lines = new java.util.ArrayList<>(out.toString().lines().toList());
    int goalTargets = -1;
    int sectionTarget = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(",s2.g1.k2,")) {
        goalTargets = i;
      }
      if (lines.get(i).contains(",s1.k1,")) {
        sectionTarget = i;
      }
    }
    String added = ",,,,,新增：开展楼道微更新,,,,,,,,,,,,,,,,,";
    lines.add(goalTargets + 1, added);
    Initiative appended = appending.mergeCsv(plan, new StringReader(String.join("\n", lines)), "t.csv").plan()
        .find("s2.g1.i3").orElseThrow().as(Initiative.class);
    assertThat(appended.text()).isEqualTo("新增：开展楼道微更新");

    lines.add(sectionTarget + 1, added); // below a section's target: no goal to join
    TaskSheetException e = org.junit.jupiter.api.Assertions.assertThrows(TaskSheetException.class,
        () -> appending.mergeCsv(plan, new StringReader(String.join("\n", lines)), "t.csv"));
    int addedRow = sectionTarget + 2;
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(addedRow);
      assertThat(p.problem()).startsWith("an added row with no task of a goal above it");
    });
  }
}
