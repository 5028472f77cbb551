package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** The acceptance round trip: export the sample plan, fill it as an office would, merge it back. */
class TaskSheetRoundTripTest {
  static final TaskSheets SHEETS = TaskSheets.create();

  static Initiative initiative(Plan plan, String id) {
    return plan.find(id).orElseThrow().as(Initiative.class);
  }

  @Test
  void anOfficesEditsComeBackExactly() throws Exception {
    Plan plan = Sheets.sample();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    // 精品小区: done (with a trailing space), Q1 typed as text, Q2 in full-width digits with a note.
    Sheets.cell(sheet, "s2.g1.i1", "状态").setCellValue("已完成 ");
    Sheets.cell(sheet, "s2.g1.i1", "一季度 完成值").setCellValue("5");
    Sheets.cell(sheet, "s2.g1.i1", "二季度 完成值").setCellValue("９处 ");
    Sheets.cell(sheet, "s2.g1.i1", "二季度 完成情况").setCellValue("五环大楼等9处已完工");
    // 里弄修缮: in progress, due date typed as a bare serial number (45473 = 2024-06-30), Q1 a number.
    Sheets.cell(sheet, "s2.g1.i2", "状态").setCellValue("推进中");
    Sheets.cell(sheet, "s2.g1.i2", "完成时限").setCellValue(45473);
    Sheets.cell(sheet, "s2.g1.i2", "一季度 完成值").setCellValue(1);
    // An initiative without an indicator: a note only, and its lead unit by short name.
    Sheets.cell(sheet, "s1.g1.i1", "二季度 完成情况").setCellValue("新引进企业12家");
    Sheets.cell(sheet, "s1.g1.i1", "牵头单位").setCellValue("营商办");
    byte[] filled = Sheets.save(wb);

    MergeResult result = SHEETS.mergeXlsx(plan, new ByteArrayInputStream(filled), "filled.xlsx");
    Plan merged = result.plan();

    Initiative boutique = initiative(merged, "s2.g1.i1");
    assertThat(boutique.status()).contains(InitiativeStatus.DONE);
    Indicator k = boutique.indicators().get(0);
    assertThat(k.actuals()).extracting(a -> a.period().start(), Actual::value, a -> a.note().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), new BigDecimal("5"), ""),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 1), new BigDecimal("9"), "五环大楼等9处已完工"));
    assertThat(k.actuals().get(1).period().end()).isEqualTo(LocalDate.of(2024, 6, 30));

    Initiative lanes = initiative(merged, "s2.g1.i2");
    assertThat(lanes.status()).contains(InitiativeStatus.IN_PROGRESS);
    assertThat(lanes.due()).contains(LocalDate.of(2024, 6, 30));
    assertThat(lanes.indicators().get(0).actuals()).extracting(Actual::value)
        .containsExactly(new BigDecimal("1.0"));

    Initiative investment = initiative(merged, "s1.g1.i1");
    assertThat(investment.leadUnit()).contains("economy-office");
    assertThat(investment.extensions().get(TaskTable.NOTES_KEY))
        .isEqualTo(ExtensionValue.object(java.util.Map.of("2024Q2", ExtensionValue.string("新引进企业12家"))));

    // Nothing else changed.
    assertThat(initiative(merged, "s1.g2.i1")).isEqualTo(initiative(plan, "s1.g2.i1"));
    assertThat(investment.status()).isEqualTo(initiative(plan, "s1.g1.i1").status());
    assertThat(merged.units()).isEqualTo(plan.units());
    assertThat(result.initiativesChanged()).isEqualTo(3);
    assertThat(result.actualsRecorded()).isEqualTo(3);
  }

  @Test
  void threeBadRowsMergeNothingAndAreAllReported() throws Exception {
    Plan plan = Sheets.sample();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    int statusRow = Sheets.row(sheet, "s2.g1.i1").getRowNum() + 1;
    int valueRow = Sheets.row(sheet, "s2.g1.i2").getRowNum() + 1;
    int idRow = Sheets.row(sheet, "s1.g2.i1").getRowNum() + 1;
    Sheets.cell(sheet, "s2.g1.i1", "状态").setCellValue("完成了");
    Sheets.cell(sheet, "s2.g1.i2", "一季度 完成值").setCellValue("约五处");
    Sheets.cell(sheet, "s1.g2.i1", "编号").setCellValue("s9.g9.i9");
    // A good edit on another row must not be merged either.
    Sheets.cell(sheet, "s1.g1.i1", "状态").setCellValue("已完成");
    byte[] filled = Sheets.save(wb);

    assertThatThrownBy(() -> SHEETS.mergeXlsx(plan, new ByteArrayInputStream(filled), "filled.xlsx"))
        .isInstanceOfSatisfying(TaskSheetException.class, e -> {
          List<SheetProblem> p = e.problems();
          assertThat(p).hasSize(3);
          assertThat(p).extracting(SheetProblem::sheet).containsOnly("任务分解表");
          assertThat(p).extracting(x -> x.column() + x.row()).containsExactlyInAnyOrder(
              "D" + idRow, "N" + statusRow, "P" + valueRow);
          assertThat(p).filteredOn(x -> x.column().equals("N")).singleElement()
              .satisfies(x -> assertThat(x.toString()).contains("任务分解表!N" + statusRow + " (状态)")
                  .contains("\"完成了\" is not a status").contains("未启动, 推进中, 已完成, 滞后, 已取消"));
          assertThat(p).filteredOn(x -> x.column().equals("P")).singleElement()
              .satisfies(x -> assertThat(x.problem()).isEqualTo("\"约五处\" is not a number"));
          assertThat(p).filteredOn(x -> x.column().equals("D")).singleElement()
              .satisfies(x -> assertThat(x.problem()).contains("\"s9.g9.i9\""));
          assertThat(e.getMessage()).startsWith("3 problems in the sheet; nothing was merged");
        });
  }

  @Test
  void changedTextUnreadableDatesAndAddedRowsAreProblems() throws Exception {
    Plan plan = Sheets.sample();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(SHEETS, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    Sheets.cell(sheet, "s2.g1.i1", "工作任务").setCellValue("改写过的任务");
    Sheets.cell(sheet, "s2.g1.i2", "完成时限").setCellValue("年底前");
    Sheets.cell(sheet, "s1.g1.i1", "牵头单位").setCellValue("区财政局");
    int last = sheet.getLastRowNum() + 1;
    org.apache.poi.ss.usermodel.Row added = sheet.createRow(last);
    added.createCell(Sheets.column(sheet, "工作任务")).setCellValue("新增：开展夜间经济活动");
    byte[] filled = Sheets.save(wb);

    TaskSheetException e = org.junit.jupiter.api.Assertions.assertThrows(TaskSheetException.class,
        () -> SHEETS.mergeXlsx(plan, new ByteArrayInputStream(filled), "filled.xlsx"));
    assertThat(e.problems()).extracting(SheetProblem::header)
        .containsExactlyInAnyOrder("工作任务", "完成时限", "牵头单位", "编号");
    assertThat(e.problems()).filteredOn(x -> x.header().equals("牵头单位")).singleElement()
        .satisfies(x -> assertThat(x.expected()).contains("街道营商环境办公室"));
    assertThat(e.problems()).filteredOn(x -> x.header().equals("编号")).singleElement()
        .satisfies(x -> assertThat(x.row()).isEqualTo(last + 1));
  }

  @Test
  void addedRowsAreAppendedWhenAsked() throws Exception {
    Plan plan = Sheets.sample();
    TaskSheets appending = TaskSheets.builder().newRows(NewRows.APPEND).build();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(appending, plan));
    Sheet sheet = wb.getSheet("任务分解表");
    int last = sheet.getLastRowNum() + 1;
    org.apache.poi.ss.usermodel.Row added = sheet.createRow(last);
    added.createCell(Sheets.column(sheet, "工作任务")).setCellValue("新增：开展老旧电梯更新 ");
    added.createCell(Sheets.column(sheet, "牵头单位")).setCellValue("街道房屋管理办公室");
    added.createCell(Sheets.column(sheet, "状态")).setCellValue("未启动");
    byte[] filled = Sheets.save(wb);

    MergeResult r = appending.mergeXlsx(plan, new ByteArrayInputStream(filled), "filled.xlsx");
    assertThat(r.initiativesAppended()).isEqualTo(1);
    Initiative appended = r.plan().find("s2.g1.i3").orElseThrow().as(Initiative.class);
    assertThat(appended.text()).isEqualTo("新增：开展老旧电梯更新");
    assertThat(appended.leadUnit()).contains("housing-office");
    assertThat(appended.status()).contains(InitiativeStatus.NOT_STARTED);
  }

  @Test
  void aSheetWithNoEditsChangesNothing() throws Exception {
    Plan plan = Sheets.sample();
    MergeResult r = SHEETS.mergeXlsx(plan, new ByteArrayInputStream(Sheets.xlsx(SHEETS, plan)), "tasks.xlsx");
    assertThat(r.plan()).isEqualTo(plan);
    assertThat(r.initiativesChanged()).isZero();
  }
}
