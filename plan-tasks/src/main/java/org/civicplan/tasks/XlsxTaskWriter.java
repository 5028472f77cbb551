package org.civicplan.tasks;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.tasks.Vocabulary.Column;

/**
 * Writes the task table as one XLSX sheet: frozen header, widths and wrapping for reading, a
 * section column with an auto-filter (so an office filters to its own rows), the id columns
 * hidden but present, list validations for the status and the lead unit (lists kept on a hidden
 * sheet, since an inline list is limited to 255 characters), the cells of an initiative (or of
 * the plan, section or goal whose targets the rows are) merged over its indicator rows.
 */
final class XlsxTaskWriter {
  static final String LISTS_SHEET = "lists";
  static final String STATUS_LIST = "StatusList";
  static final String UNIT_LIST = "UnitList";
  /** Rows below the last task that still get the validations, for rows an office adds. */
  static final int SPARE_ROWS = 200;
  /** Excel's first day (1900-01-01) to its last. */
  static final LocalDate FIRST_DAY = LocalDate.of(1900, 3, 1);
  static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  /** The cells of a row's owner (initiative, or the plan, section or goal of a target). */
  private static final Column[] OWN_CELLS = {
    Column.PLACE, Column.SECTION, Column.LEVEL, Column.ID, Column.TASK, Column.LEAD, Column.SUPPORTING,
    Column.DUE, Column.STATUS
  };

  private XlsxTaskWriter() {}

  static String sheetName(SheetLanguage language) {
    return language == SheetLanguage.CHINESE ? "任务分解表" : "Tasks";
  }

  static int width(Column c) {
    switch (c) {
      case TASK: return 48;
      case SECTION: return 24;
      case SUPPORTING: return 22;
      case LEAD: case INDICATOR: return 16;
      case DUE: return 12;
      case PLACE: case STATUS: case TARGET: return 10;
      default: return 8;
    }
  }

  static void write(Plan plan, List<ReportingPeriod> periods, SheetLanguage language, boolean withYear,
      OutputStream out) throws IOException {
    List<TaskTable.Row> rows = TaskTable.rows(plan, periods, language);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(sheetName(language));
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle date = wb.createCellStyle();
      date.cloneStyleFrom(wrap);
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

      Column[] columns = Column.values();
      int periodStart = columns.length;
      Row head = sheet.createRow(0);
      for (Column c : columns) {
        Cell cell = head.createCell(c.ordinal());
        cell.setCellValue(c.header(language));
        cell.setCellStyle(header);
        sheet.setColumnWidth(c.ordinal(), width(c) * 256);
      }
      for (int p = 0; p < periods.size(); p++) {
        Cell note = head.createCell(periodStart + 2 * p);
        note.setCellValue(Vocabulary.noteHeader(periods.get(p), language, withYear));
        note.setCellStyle(header);
        sheet.setColumnWidth(periodStart + 2 * p, 28 * 256);
        Cell value = head.createCell(periodStart + 2 * p + 1);
        value.setCellValue(Vocabulary.valueHeader(periods.get(p), language, withYear));
        value.setCellStyle(header);
        sheet.setColumnWidth(periodStart + 2 * p + 1, 12 * 256);
      }
      sheet.setColumnHidden(Column.ID.ordinal(), true);
      sheet.setColumnHidden(Column.INDICATOR_ID.ordinal(), true);
      sheet.createFreezePane(0, 1);
      int lastColumn = periodStart + 2 * periods.size() - 1;
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, lastColumn));

      for (int r = 0; r < rows.size(); r++) {
        TaskTable.Row row = rows.get(r);
        Row x = sheet.createRow(r + 1);
        for (Column c : columns) {
          boolean ownCell = isOwnCell(c);
          if (ownCell && row.span == 0) {
            continue;
          }
          Cell cell = x.createCell(c.ordinal());
          cell.setCellStyle(wrap);
          if (c == Column.DUE && row.due != null && !row.due.isBefore(FIRST_DAY) && !row.due.isAfter(LAST_DAY)) {
            cell.setCellValue(row.due);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(row.text.get(c));
          }
        }
        for (int p = 0; p < periods.size(); p++) {
          Cell note = x.createCell(periodStart + 2 * p);
          note.setCellStyle(wrap);
          note.setCellValue(row.notes.get(p));
          Cell value = x.createCell(periodStart + 2 * p + 1);
          value.setCellStyle(wrap);
          BigDecimal v = row.values.get(p);
          if (v != null) {
            if (exactDouble(v)) {
              value.setCellValue(v.doubleValue());
            } else {
              value.setCellValue(Vocabulary.plain(v));
            }
          }
        }
        if (row.span > 1) {
          for (Column c : OWN_CELLS) {
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + row.span, c.ordinal(), c.ordinal()));
          }
        }
      }
      validations(wb, sheet, plan, language, rows.size());
      wb.write(out);
    }
  }

  static boolean isOwnCell(Column c) {
    for (Column x : OWN_CELLS) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether a double holds the value exactly, so that a numeric cell reads back equal. */
  static boolean exactDouble(BigDecimal v) {
    double d = v.doubleValue();
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return false;
    }
    return new BigDecimal(Double.toString(d)).compareTo(v) == 0 && v.precision() <= 15;
  }

  private static void validations(XSSFWorkbook wb, Sheet sheet, Plan plan, SheetLanguage language, int rows) {
    Sheet lists = wb.createSheet(LISTS_SHEET);
    List<String> statuses = Vocabulary.statusNames(language);
    Set<String> unitNames = new LinkedHashSet<>();
    for (OrganizationalUnit u : plan.units()) {
      if (!u.name().isBlank()) {
        unitNames.add(u.name());
      }
    }
    List<String> units = new ArrayList<>(unitNames);
    int n = Math.max(statuses.size(), units.size());
    for (int i = 0; i < n; i++) {
      Row r = lists.createRow(i);
      if (i < statuses.size()) {
        r.createCell(0).setCellValue(statuses.get(i));
      }
      if (i < units.size()) {
        r.createCell(1).setCellValue(units.get(i));
      }
    }
    wb.setSheetHidden(wb.getSheetIndex(lists), true);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int last = rows + SPARE_ROWS;
    list(wb, sheet, helper, STATUS_LIST, "$A$1:$A$" + statuses.size(), Column.STATUS, last,
        language == SheetLanguage.CHINESE ? "状态" : "Status",
        language == SheetLanguage.CHINESE ? "请从列表中选择状态。" : "Choose a status from the list.");
    if (!units.isEmpty()) {
      list(wb, sheet, helper, UNIT_LIST, "$B$1:$B$" + units.size(), Column.LEAD, last,
          language == SheetLanguage.CHINESE ? "牵头单位" : "Lead unit",
          language == SheetLanguage.CHINESE ? "请从列表中选择本计划的单位。" : "Choose one of the plan's units.");
    }
  }

  private static void list(XSSFWorkbook wb, Sheet sheet, DataValidationHelper helper, String name, String range,
      Column column, int lastRow, String title, String text) {
    Name n = wb.createName();
    n.setNameName(name);
    n.setRefersToFormula(LISTS_SHEET + "!" + range);
    DataValidationConstraint constraint = helper.createFormulaListConstraint(name);
    DataValidation v = helper.createValidation(constraint,
        new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(title, text);
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }
}
