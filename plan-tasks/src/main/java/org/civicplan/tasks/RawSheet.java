package org.civicplan.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A sheet as read, before any meaning is given to it: header texts and rows of cells. */
final class RawSheet {
  /** One cell: its text, and its number or date when the file typed it as one. */
  record Cell(String text, BigDecimal number, LocalDate date) {
    static final Cell EMPTY = new Cell("", null, null);

    boolean blank() {
      return number == null && date == null && text.strip().isEmpty();
    }
  }

  /** One row: its 1-based number and its cells by column index. */
  record Row(int number, List<Cell> cells) {
    Cell cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    boolean blank() {
      return cells.stream().allMatch(Cell::blank);
    }
  }

  final String name;
  final List<String> headers;
  final List<Row> rows;

  RawSheet(String name, List<String> headers, List<Row> rows) {
    this.name = name;
    this.headers = headers;
    this.rows = rows;
  }

  /** @return the letter of a 0-based column: A, B, …, Z, AA… */
  static String letter(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }
}
