package org.civicplan.tasks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;

/** Test helpers: the sample plan, and editing an exported workbook the way an office does. */
final class Sheets {
  static final Path SAMPLE = Path.of("..", "examples", "jiangsu-road-2024.json");

  private Sheets() {}

  static Plan sample() throws IOException {
    return PlanJson.create().read(SAMPLE);
  }

  static byte[] xlsx(TaskSheets sheets, Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sheets.writeXlsx(plan, out);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  /** The 0-based column whose header is {@code header}. */
  static int column(Sheet sheet, String header) {
    Row head = sheet.getRow(0);
    for (Cell c : head) {
      if (c.getStringCellValue().equals(header)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header);
  }

  /** The row whose id column holds {@code id} (and, if given, whose indicator id is {@code k}). */
  static Row row(Sheet sheet, String id) {
    int c = column(sheet, "编号");
    for (Row r : sheet) {
      Cell cell = r.getCell(c);
      if (r.getRowNum() > 0 && cell != null && cell.getStringCellValue().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no row " + id);
  }

  static Cell cell(Sheet sheet, String id, String header) {
    Row r = row(sheet, id);
    int c = column(sheet, header);
    Cell cell = r.getCell(c);
    return cell == null ? r.createCell(c) : cell;
  }
}
