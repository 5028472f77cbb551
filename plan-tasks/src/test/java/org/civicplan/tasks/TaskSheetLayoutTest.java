package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.model.Actual;
import org.civicplan.model.Comparator;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.Plan;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/** What the exported workbook looks like to Excel, asserted through POI; and the CSV form. */
class TaskSheetLayoutTest {
  @Test
  void headerFrozenListsValidatedIdsHiddenWidthsReadable() throws Exception {
    Plan plan = Sheets.sample();
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(TaskSheets.create(), plan));
    XSSFSheet sheet = wb.getSheet("任务分解表");
    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);

    List<String> headers = new java.util.ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    assertThat(headers).containsExactly("序号", "所属部分", "层级", "编号", "指标编号", "工作任务", "指标", "比较", "目标值",
        "单位", "牵头单位", "责任单位", "完成时限", "状态", "一季度 完成情况", "一季度 完成值", "二季度 完成情况",
        "二季度 完成值", "三季度 完成情况", "三季度 完成值", "四季度 完成情况", "四季度 完成值");
    assertThat(sheet.isColumnHidden(3)).isTrue();
    assertThat(sheet.isColumnHidden(4)).isTrue();
    assertThat(sheet.isColumnHidden(5)).isFalse();
    assertThat(sheet.getColumnWidth(5)).isGreaterThanOrEqualTo(40 * 256);
    assertThat(sheet.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
    assertThat(Sheets.row(sheet, "s2.g1.i1").getCell(0).getStringCellValue()).isEqualTo("二（一）1");
    assertThat(Sheets.row(sheet, "s2.g1.i1").getCell(2).getStringCellValue()).isEqualTo("举措");

    List<? extends DataValidation> validations = sheet.getDataValidations();
    DataValidation status = validations.stream()
        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 13).findFirst().orElseThrow();
    assertThat(status.getValidationConstraint().getValidationType())
        .isEqualTo(DataValidationConstraint.ValidationType.LIST);
    assertThat(status.getValidationConstraint().getFormula1()).isEqualTo("StatusList");
    assertThat(wb.getName("StatusList").getRefersToFormula()).isEqualTo("lists!$A$1:$A$5");
    assertThat(wb.getName("UnitList").getRefersToFormula()).isEqualTo("lists!$B$1:$B$3");
    assertThat(wb.getSheet("lists").getRow(0).getCell(1).getStringCellValue()).isEqualTo("街道营商环境办公室");
    assertThat(wb.isSheetHidden(wb.getSheetIndex("lists"))).isTrue();
    assertThat(validations).anySatisfy(v -> {
      assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(10);
      assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("UnitList");
    });
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
  }

  @Test
  void anInitiativeWithTwoIndicatorsHasTwoRowsAndMergedCells() throws Exception {
    Plan sample = Sheets.sample();
    Initiative two = Initiative.builder().id("s2.g1.i9").text("新建两处口袋公园，新增绿地500平方米")
        .addIndicator(indicator("口袋公园", "2", "处"))
        .addIndicator(indicator("新增绿地", "500", "平方米"))
        .build();
    Plan plan = withInitiative(sample, two);
    XSSFWorkbook wb = Sheets.open(Sheets.xlsx(TaskSheets.create(), plan));
    XSSFSheet sheet = wb.getSheet("任务分解表");
    int first = Sheets.row(sheet, "s2.g1.i9").getRowNum();
    assertThat(sheet.getRow(first + 1).getCell(4).getStringCellValue()).isEqualTo("s2.g1.i9.k2");
    assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(first, first + 1, 5, 5));
    // Fill the second indicator's row; the merged status cell applies to both rows.
    sheet.getRow(first + 1).createCell(15).setCellValue("320");
    sheet.getRow(first).getCell(13).setCellValue("推进中");
    Plan merged = TaskSheets.create().mergeXlsx(plan,
        new java.io.ByteArrayInputStream(Sheets.save(wb)), "x.xlsx").plan();
    Initiative m = merged.find("s2.g1.i9").orElseThrow().as(Initiative.class);
    assertThat(m.status()).contains(org.civicplan.model.InitiativeStatus.IN_PROGRESS);
    assertThat(m.indicators().get(0).actuals()).isEmpty();
    assertThat(m.indicators().get(1).actuals()).extracting(Actual::value)
        .containsExactly(new java.math.BigDecimal("320"));
  }

  @Test
  void csvRoundTripsAndReadsOfficeEdits() throws Exception {
    Plan plan = Sheets.sample();
    TaskSheets english = TaskSheets.builder().language(SheetLanguage.ENGLISH)
        .periods(ReportingPeriod.parseRange("2024Q1..2024Q2")).build();
    StringWriter out = new StringWriter();
    english.writeCsv(plan, out);
    String csv = out.toString();
    assertThat(csv).startsWith("\uFEFFNo.,Section,Level,Id,\"Indicator id\",Task,");
    assertThat(csv).contains("\"2024Q1 progress\",\"2024Q1 value\",\"2024Q2 progress\",\"2024Q2 value\"");
    assertThat(english.mergeCsv(plan, new StringReader(csv), "tasks.csv").plan()).isEqualTo(plan);

    // The last column (2024Q2 value) of one row typed with a thousands separator and a space.
    String filled = csv.lines().map(l -> l.contains(",s2.g1.i2,") ? l.replaceAll(",$", ",\"1,000 \"") : l)
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    MergeResult r = english.mergeCsv(plan, new StringReader(filled), "tasks.csv");
    assertThat(r.plan().find("s2.g1.i2.k1").orElseThrow().as(Indicator.class).actuals())
        .extracting(Actual::value).containsExactly(new java.math.BigDecimal("1000"));
  }

  static Indicator indicator(String name, String value, String unit) {
    return Indicator.builder().name(name).measureKind(MeasureKind.COUNT)
        .target(Target.builder().comparator(Comparator.EXACTLY).value(new java.math.BigDecimal(value))
            .unit(org.civicplan.model.MeasureUnit.of(unit)).build())
        .build();
  }

  static Plan withInitiative(Plan plan, Initiative extra) {
    org.civicplan.model.Section s = plan.sections().get(1);
    org.civicplan.model.Goal g = s.goals().get(0);
    org.civicplan.model.Goal g2 = org.civicplan.model.Goal.builder().from(g).addInitiative(extra).build();
    List<org.civicplan.model.Section> sections = new java.util.ArrayList<>(plan.sections());
    sections.set(1, org.civicplan.model.Section.builder().from(s).goals(List.of(g2)).build());
    return Plan.builder().from(plan).sections(sections).build();
  }
}
