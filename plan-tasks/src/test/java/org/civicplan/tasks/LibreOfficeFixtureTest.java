package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The exported sample sheet (with targets of the plan, a section and a goal added, so that their
 * rows and merged cells are there too) as LibreOffice Calc opened it: {@code
 * libreoffice/sample-tasks.csv} was produced once by LibreOffice from the workbook this test
 * writes (recipe in {@code libreoffice/README.md}); every cell LibreOffice saw must be the cell we
 * wrote.
 */
class LibreOfficeFixtureTest {
  static final Path WRITTEN = Path.of("target", "libreoffice", "sample-tasks.xlsx");

  @Test
  void libreOfficeReadsTheCellsWeWrote() throws Exception {
    byte[] xlsx = Sheets.xlsx(TaskSheets.create(), TaskSheetTargetRowsTest.withTargets());
    Files.createDirectories(WRITTEN.getParent());
    Files.write(WRITTEN, xlsx);

    List<List<String>> ours = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook wb = Sheets.open(xlsx)) {
      Sheet sheet = wb.getSheetAt(0);
      int width = sheet.getRow(0).getLastCellNum();
      for (Row r : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          cells.add(r.getCell(c) == null ? "" : formatter.formatCellValue(r.getCell(c)));
        }
        ours.add(cells);
      }
    }
    List<List<String>> libreOffice = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/libreoffice/sample-tasks.csv");
        MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
            .with(CsvSchema.emptySchema()).with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
      while (it.hasNextValue()) {
        libreOffice.add(it.nextValue());
      }
    }
    assertThat(libreOffice).isEqualTo(ours);
  }
}
