package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** civicplan tasks, merge and progress, run as a user would. */
class TaskCommandsTest {
  static final Path SAMPLE_JSON = Path.of("..", "examples", "jiangsu-road-2024.json");

  @TempDir Path dir;

  /** Sets a cell of the row whose id column (D) holds {@code id}, in the column headed {@code header}. */
  static void edit(Path xlsx, String id, String header, String value) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet sheet = wb.getSheetAt(0);
    int column = -1;
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(header)) {
        column = c.getColumnIndex();
      }
    }
    for (Row r : sheet) {
      Cell idCell = r.getCell(3);
      if (r.getRowNum() > 0 && idCell != null && idCell.getStringCellValue().equals(id)) {
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        c.setCellValue(value);
      }
    }
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      wb.write(out);
    }
    wb.close();
  }

  @Test
  void tasksThenMergeThenProgress() throws Exception {
    Path sheet = dir.resolve("tasks.xlsx");
    Cli tasks = Cli.run("tasks", SAMPLE_JSON.toString(), "-o", sheet.toString(), "--periods", "2024Q1..2024Q4");
    assertThat(tasks.exitCode()).isZero();
    assertThat(tasks.out()).contains("wrote " + sheet + ": 4 tasks, 0 targets of the plan, sections or goals, 4 reporting periods (2024Q1..2024Q4)");
    edit(sheet, "s2.g1.i1", "状态", "已完成");
    edit(sheet, "s2.g1.i1", "四季度 完成值", "9");

    Path merged = dir.resolve("plan.json");
    Cli merge = Cli.run("merge", SAMPLE_JSON.toString(), sheet.toString(), "-o", merged.toString());
    assertThat(merge.exitCode()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("1 initiatives changed, 0 targets of the plan, sections or goals changed, 1 actuals recorded, 0 appended");
    Plan plan = PlanJson.create().read(merged);
    assertThat(plan.find("s2.g1.i1").orElseThrow().as(Initiative.class).status()).contains(InitiativeStatus.DONE);

    Cli progress = Cli.run("progress", merged.toString(), "--as-of", "2025-01-10");
    assertThat(progress.exitCode()).isZero();
    // s2.g1: one done at 9 of 9 (100%), one not started (0%) → 50%.
    assertThat(progress.out()).contains("██████████░░░░░░░░░░   50.0%  （一）做实做细");
    assertThat(progress.out()).contains("逾期 / overdue: 1").contains("s2.g1.i2  due 2024-12-31, 10 days late");

    Cli json = Cli.run("progress", merged.toString(), "--as-of", "2025-01-10", "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"asOf\" : \"2025-01-10\"").contains("\"percent\" : 50.0")
        .contains("\"daysLate\" : 10");
  }

  @Test
  void aSheetWithBadRowsMergesNothingAndExitsOne() throws Exception {
    Path sheet = dir.resolve("tasks.xlsx");
    assertThat(Cli.run("tasks", SAMPLE_JSON.toString(), "-o", sheet.toString()).exitCode()).isZero();
    edit(sheet, "s2.g1.i1", "状态", "差不多了");
    edit(sheet, "s2.g1.i2", "一季度 完成值", "三处");
    Path out = dir.resolve("out.json");
    Cli merge = Cli.run("merge", SAMPLE_JSON.toString(), sheet.toString(), "-o", out.toString());
    assertThat(merge.exitCode()).isEqualTo(1);
    assertThat(merge.err()).contains(sheet + ": 任务分解表!N4 (状态): \"差不多了\" is not a status")
        .contains(sheet + ": 任务分解表!P5 (一季度 完成值): \"三处\" is not a number")
        .contains("civicplan: nothing merged: 2 problems in " + sheet);
    assertThat(out).doesNotExist();
  }

  @Test
  void badUsageExitsTwo() {
    Cli periods = Cli.run("tasks", SAMPLE_JSON.toString(), "-o", dir.resolve("t.xlsx").toString(), "--periods", "2024Q5");
    assertThat(periods.exitCode()).isEqualTo(2);
    assertThat(periods.err()).contains("--periods: \"2024Q5\" is not a reporting period");
    Cli ext = Cli.run("tasks", SAMPLE_JSON.toString(), "-o", dir.resolve("t.docx").toString());
    assertThat(ext.exitCode()).isEqualTo(2);
    assertThat(ext.err()).contains("a task sheet is .xlsx or .csv");
    Cli notASheet = Cli.run("merge", SAMPLE_JSON.toString(), SAMPLE_JSON.toString(), "-o", dir.resolve("o.json").toString());
    assertThat(notASheet.exitCode()).isEqualTo(2);
  }
}
