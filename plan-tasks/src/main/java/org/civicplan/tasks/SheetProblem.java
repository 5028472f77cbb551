package org.civicplan.tasks;

import java.util.Objects;

/**
 * One thing wrong with a filled sheet: where it is (sheet, 1-based row, column letter and
 * header, as Excel and WPS show them) and what was expected there.
 *
 * <pre>{@code
 * SheetProblem p = e.problems().get(0);
 * p.toString();   // 任务分解表!N7 (状态): "完成了" is not a status; expected one of 未启动, 推进中, …
 * }</pre>
 *
 * @param sheet the sheet's name (for a CSV file, its name or {@code csv})
 * @param row the row number, 1 for the header
 * @param column the column letter, such as {@code M}; empty when the problem is the whole row
 * @param header the column's header as written in the sheet; empty when the problem is the row
 * @param problem what is wrong
 * @param expected what was expected instead
 */
public record SheetProblem(String sheet, int row, String column, String header, String problem, String expected) {
  /** Checks that no component is null. */
  public SheetProblem {
    Objects.requireNonNull(sheet);
    Objects.requireNonNull(column);
    Objects.requireNonNull(header);
    Objects.requireNonNull(problem);
    Objects.requireNonNull(expected);
  }

  /** @return {@code sheet!A1 (header): problem; expected …}, one line */
  @Override
  public String toString() {
    String where = sheet + "!" + column + row + (header.isEmpty() ? "" : " (" + header + ")");
    return where + ": " + problem + (expected.isEmpty() ? "" : "; expected " + expected);
  }
}
