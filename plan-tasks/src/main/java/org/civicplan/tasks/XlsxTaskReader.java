package org.civicplan.tasks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.tasks.Vocabulary.Column;

/**
 * Reads the task sheet of an XLSX workbook as Excel or WPS saved it: the first sheet whose header
 * row has an id column; merged cells read as their top-left cell; numbers, dates (date-formatted
 * serials) and text kept apart for the merger to interpret.
 *
 * <p>Guards: the file is read up to {@link TaskSheets#MAX_FILE_BYTES}; POI's zip-bomb check
 * (minimum inflate ratio 1%) and a cap on each entry's size are on; POI parses the parts with
 * external entities and DTDs off; at most {@link TaskSheets#MAX_ROWS} rows and {@link
 * TaskSheets#MAX_COLUMNS} columns are read.
 */
final class XlsxTaskReader {
  private XlsxTaskReader() {}

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(TaskSheets.MAX_ENTRY_BYTES);
  }

  static RawSheet read(InputStream in, String fileName) throws TaskSheetException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(TaskSheets.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new TaskSheetException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length > TaskSheets.MAX_FILE_BYTES) {
      throw new TaskSheetException(fileName + ": larger than " + TaskSheets.MAX_FILE_BYTES
          + " bytes; a task sheet is far smaller", null);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
          continue;
        }
        Sheet sheet = wb.getSheetAt(s);
        Row head = sheet.getRow(sheet.getFirstRowNum());
        if (head == null) {
          continue;
        }
        List<String> headers = new ArrayList<>();
        boolean hasId = false;
        for (int c = 0; c < Math.min(head.getLastCellNum(), TaskSheets.MAX_COLUMNS); c++) {
          String h = text(head.getCell(c));
          headers.add(h);
          hasId |= Column.ofHeader(h).orElse(null) == Column.ID;
        }
        if (hasId) {
          return sheet(sheet, head.getRowNum(), headers);
        }
      }
      throw new TaskSheetException(fileName + ": no sheet has a header row with an id column ("
          + Column.ID.chinese + " / " + Column.ID.english + "); is this a task sheet CivicPlan wrote?", null);
    } catch (IOException | RuntimeException e) {
      // POI reports a zip bomb, a corrupt package or a non-XLSX file as an IOException or an
      // unchecked exception; either way the file is unusable.
      throw new TaskSheetException(fileName + ": not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static RawSheet sheet(Sheet sheet, int headRow, List<String> headers) throws TaskSheetException {
    Map<Long, CellRangeAddress> merged = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), headRow + TaskSheets.MAX_ROWS); r++) {
        for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), headers.size()); c++) {
          merged.put(key(r, c), region);
        }
      }
    }
    List<RawSheet.Row> rows = new ArrayList<>();
    int last = sheet.getLastRowNum();
    if (last - headRow > TaskSheets.MAX_ROWS) {
      throw new TaskSheetException(sheet.getSheetName() + ": more than " + TaskSheets.MAX_ROWS + " rows", null);
    }
    for (int r = headRow + 1; r <= last; r++) {
      List<RawSheet.Cell> cells = new ArrayList<>(headers.size());
      for (int c = 0; c < headers.size(); c++) {
        CellRangeAddress region = merged.get(key(r, c));
        int rr = region == null ? r : region.getFirstRow();
        int cc = region == null ? c : region.getFirstColumn();
        Row row = sheet.getRow(rr);
        cells.add(cell(row == null ? null : row.getCell(cc)));
      }
      rows.add(new RawSheet.Row(r + 1, cells));
    }
    return new RawSheet(sheet.getSheetName(), headers, rows);
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  private static String text(Cell cell) {
    return cell(cell).text();
  }

  private static RawSheet.Cell cell(Cell cell) {
    if (cell == null) {
      return RawSheet.Cell.EMPTY;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return new RawSheet.Cell(cell.getStringCellValue(), null, null);
      case NUMERIC: {
        double d = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
          LocalDate date = DateUtil.getLocalDateTime(d).toLocalDate();
          return new RawSheet.Cell(date.toString(), null, date);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          return new RawSheet.Cell(Double.toString(d), null, null);
        }
        BigDecimal v = new BigDecimal(Double.toString(d));
        return new RawSheet.Cell(Vocabulary.plain(v.stripTrailingZeros()), v, null);
      }
      case BOOLEAN:
        return new RawSheet.Cell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null);
      case ERROR:
        return new RawSheet.Cell("#ERROR", null, null);
      default:
        return RawSheet.Cell.EMPTY;
    }
  }
}
