package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.tasks.MergeResult;
import org.civicplan.tasks.ReportingPeriod;
import org.civicplan.tasks.TaskSheetException;
import org.civicplan.tasks.TaskSheets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Task-decomposition sheets: exporting a plan as XLSX (four quarters) beside POI writing the same
 * cells with no logic, and merging the sheet back beside POI reading every cell as text.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar TaskSheetBenchmark -p size=10000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class TaskSheetBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000"})
  public int size;

  static final TaskSheets SHEETS = TaskSheets.builder().periods(ReportingPeriod.quarters(2024)).build();

  private Plan plan;
  private byte[] sheet;
  private List<String[]> cells;

  /**
   * Generates the plan, exports it once and reads the exported cells for the floor.
   *
   * @throws IOException never
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Plan generated = Fixture.of(size).plan;
    plan = Plan.builder().from(generated).period(Period.calendarYear(2024)).build();
    sheet = exportXlsx();
    cells = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet s = wb.getSheetAt(0);
      int width = s.getRow(0).getLastCellNum();
      for (Row r : s) {
        String[] row = new String[width];
        for (int c = 0; c < width; c++) {
          row[c] = r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c));
        }
        cells.add(row);
      }
    }
  }

  /**
   * @return the plan's task sheet as XLSX bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] exportXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SHEETS.writeXlsx(plan, out);
    return out.toByteArray();
  }

  /**
   * @return the floor: the same cell texts written by POI alone
   * @throws IOException never
   */
  @Benchmark
  public byte[] poiWriteCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("任务分解表");
      for (int r = 0; r < cells.size(); r++) {
        Row row = s.createRow(r);
        String[] texts = cells.get(r);
        for (int c = 0; c < texts.length; c++) {
          row.createCell(c).setCellValue(texts[c]);
        }
      }
      wb.write(out);
    }
    return out.toByteArray();
  }

  /**
   * @return the exported sheet merged back (no edits: the plan comes back equal)
   * @throws TaskSheetException never
   */
  @Benchmark
  public MergeResult mergeXlsx() throws TaskSheetException {
    return SHEETS.mergeXlsx(plan, new ByteArrayInputStream(sheet), "tasks.xlsx");
  }

  /**
   * @return the floor: the number of non-empty cells POI reads from the same workbook
   * @throws IOException never
   */
  @Benchmark
  public int poiReadCells() throws IOException {
    int n = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      for (Row r : wb.getSheetAt(0)) {
        for (Cell c : r) {
          if (!c.toString().isEmpty()) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
