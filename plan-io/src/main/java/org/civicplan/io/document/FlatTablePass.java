package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.io.spi.TableHeaders;

/**
 * Rebuilds tables that a copy from a web page flattened into text: rows written as {@code 任务 |
 * 牵头单位 | 完成时限} lines, and tables written one cell per line, recognized by a header run of
 * column names (序号, 工作任务, 牵头单位, 责任单位, 完成时限…: {@link TableHeaders}, the vocabulary a PDF
 * reader rebuilds borderless tables by). The rebuilt table is read like any other.
 */
final class FlatTablePass implements Pass {

  @Override
  public void run(Assembly a) {
    List<Block> in = a.blocks;
    List<Block> out = new ArrayList<>(in.size());
    int k = 0;
    while (k < in.size()) {
      int pipes = pipeRun(in, k);
      if (pipes >= 2) {
        out.add(pipeTable(in.subList(k, k + pipes)));
        k += pipes;
        continue;
      }
      int width = headerRun(in, k);
      if (width >= 3) {
        Cells cells = withEmptyCells(a.source, in, k, width, cellRun(a.source, in, k + width, width));
        if (cells.blocks.size() - width >= width) {
          out.add(cellTable(cells.blocks, width));
          k = cells.end;
          continue;
        }
      }
      out.add(in.get(k));
      k++;
    }
    a.blocks = out;
  }

  // ---- cell | cell | rows ---------------------------------------------------------------------

  private static int pipeRun(List<Block> in, int k) {
    int n = 0;
    while (k + n < in.size() && isPipeRow(in.get(k + n))) {
      n++;
    }
    return n;
  }

  private static boolean isPipeRow(Block b) {
    if (b.kind != Block.Kind.PARAGRAPH) {
      return false;
    }
    int first = b.text.indexOf("|");
    int wide = b.text.indexOf("｜");
    if (first < 0 && wide < 0) {
      return false; // nearly every paragraph: the JDK's search, nothing else
    }
    int bars = 0;
    for (int i = Math.min(first < 0 ? wide : first, wide < 0 ? first : wide); i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '|' || c == '｜') {
        bars++;
      }
    }
    return bars >= 2;
  }

  private static Block pipeTable(List<Block> rows) {
    Block t = new Block(Block.Kind.TABLE);
    t.rows = new ArrayList<>();
    t.blockStart = rows.get(0).blockStart;
    t.blockEnd = rows.get(rows.size() - 1).blockEnd;
    for (Block r : rows) {
      List<Block> cells = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= r.length(); i++) {
        if (i == r.length() || r.charAt(i) == '|' || r.charAt(i) == '｜') {
          Block cell = new Block(Block.Kind.PARAGRAPH);
          cell.blockStart = r.offsetOf(start);
          cell.blockEnd = i == r.length() ? r.blockEnd : r.offsetOf(i);
          for (int j = start; j < i; j++) {
            cell.append(r.charAt(j), r.offsetOf(j));
          }
          cell.trim();
          boolean edge = (start == 0 || i == r.length()) && cell.length() == 0;
          if (!edge) {
            cells.add(cell);
          }
          start = i + 1;
        }
      }
      t.rows.add(cells);
    }
    if (!t.rows.isEmpty() && !isHeaderRow(t.rows.get(0))) {
      t.rows.add(0, impliedHeader(t.rows.get(0), t.blockStart)); // rows with no header: 新建口袋公园5处 | 镇城建办 | 10月底 |
    }
    return t;
  }

  /** Whether a row names columns: each cell a short column name (序号, 工作任务, 牵头单位…). */
  private static boolean isHeaderRow(List<Block> row) {
    for (Block cell : row) {
      if (cell.length() > 0 && !isHeaderCell(cell)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The header a row of cells implies when the copy has none: a serial number (序号), a date
   * (完成时限: 年/月/日/底/前 after a digit), a unit name (牵头单位, then 配合单位: a short name ending in
   * 办/局/委/中心/科/所/站/室/部/队/街道/镇/社区/政府), the first other cell the task (工作任务), the rest 备注.
   */
  private static List<Block> impliedHeader(List<Block> row, int at) {
    List<Block> header = new ArrayList<>(row.size());
    boolean task = false;
    boolean lead = false;
    for (Block cell : row) {
      String t = cell.text.toString();
      String name;
      if (isSerial(cell) && cell.length() > 0) {
        name = "序号";
      } else if (isDate(t)) {
        name = "完成时限";
      } else if (t.length() <= 20 && isUnitName(t)) {
        name = lead ? "配合单位" : "牵头单位";
        lead = true;
      } else if (!task && cell.length() > 0) {
        name = "工作任务";
        task = true;
      } else {
        name = "备注";
      }
      Block h = new Block(Block.Kind.PARAGRAPH);
      h.blockStart = at;
      h.blockEnd = at;
      for (int i = 0; i < name.length(); i++) {
        h.append(name.charAt(i), at);
      }
      header.add(h);
    }
    return header;
  }

  private static boolean isDate(String t) {
    if (t.length() > 14) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      digit |= Character.isDigit(c);
      if (digit && "年月日底前".indexOf(c) >= 0) {
        return true;
      }
    }
    return t.equals("年底前") || t.equals("全年") || t.equals("长期坚持");
  }

  private static boolean isUnitName(String t) {
    for (String w : t.split("[、，,；;/ ]")) {
      for (String end : new String[] {"办", "局", "委", "中心", "科", "所", "站", "室", "部", "队", "街道", "镇", "社区", "政府", "公司", "院"}) {
        if (w.endsWith(end)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- one cell per line ------------------------------------------------------------------------

  /** The number of header cells starting at k: short lines naming columns, with a task column. */
  private static int headerRun(List<Block> in, int k) {
    int n = 0;
    boolean task = false;
    boolean owner = false;
    while (k + n < in.size() && n < 10 && isHeaderCell(in.get(k + n))) {
      String t = in.get(k + n).text.toString();
      task |= TableHeaders.isTaskColumn(t);
      owner |= TableHeaders.isOwnerColumn(t);
      n++;
    }
    return task && owner ? n : 0;
  }

  private static boolean isHeaderCell(Block b) {
    return b.kind == Block.Kind.PARAGRAPH && TableHeaders.isColumnName(b.text);
  }

  /**
   * Where the cells after a header end: where the cell pattern does: at a numbered section or
   * goal, a heading or a table; at a row's first cell that is no serial number when the first
   * column is 序号; at a numbered line where a row starts; at a sentence (。！？, or more than 30
   * characters) in a column that holds no task (units and dates are short). Linear.
   */
  private static int cellRun(SourceText source, List<Block> in, int from, int width) {
    int end = from;
    while (end < in.size() && in.get(end).kind == Block.Kind.PARAGRAPH
        && !Numberings.parse(in.get(end).text, 0).filter(m -> m.rank() <= 2).isPresent()) {
      end++;
    }
    // Which column each cell stands in, counting the empty cells the copy dropped (see withEmptyCells).
    int head = from - width;
    int n = end - head;
    int[] gap = gaps(source, in, head, n);
    int step = step(gap, width);
    boolean fill = fills(gap, step, width, n);
    boolean serial = TableHeaders.isSerial(in.get(head).text);
    boolean[] task = new boolean[width];
    for (int c = 0; c < width; c++) {
      String h = in.get(head + c).text.toString();
      task[c] = h.contains("任务") || h.contains("内容") || h.contains("事项") || h.contains("举措") || h.contains("措施")
          || h.contains("项目") || h.contains("目标") || h.contains("备注");
    }
    int cell = width - 1;
    for (int i = width; i < n; i++) {
      cell += 1 + (fill ? (gap[i] - step) / step : 0);
      Block b = in.get(head + i);
      int column = cell % width;
      if (column == 0 && (Numberings.parse(b.text, 0).isPresent() || Numberings.parseOutline(b.text, 0).isPresent())) {
        return head + i; // 1.保障措施 where a row would start
      }
      if (column == 0 && serial && !isSerial(b)) {
        return head + i; // prose after the last row: 以上任务由各牵头单位…
      }
      if (!task[column] && isSentence(b)) {
        return head + i;
      }
    }
    return end;
  }

  /** Lines from each block to the one before it, from {@code head} on ({@code gap[0]} unused). */
  private static int[] gaps(SourceText source, List<Block> in, int head, int n) {
    int[] gap = new int[n];
    for (int i = 1; i < n; i++) {
      Block prev = in.get(head + i - 1);
      gap[i] = source.line(in.get(head + i).blockStart) - source.line(Math.max(prev.blockStart, prev.blockEnd - 1));
    }
    return gap;
  }

  /** The smallest gap between header cells: the table's step, or 0 where cells share lines. */
  private static int step(int[] gap, int width) {
    int step = Integer.MAX_VALUE;
    for (int i = 1; i < width && i < gap.length; i++) {
      step = Math.min(step, gap[i]);
    }
    return step == Integer.MAX_VALUE || step <= 0 ? 0 : step;
  }

  /** Whether longer gaps held empty cells: not when every one falls between rows (rows set apart). */
  private static boolean fills(int[] gap, int step, int width, int n) {
    if (step == 0) {
      return false;
    }
    boolean rowsSetApart = false;
    boolean cellsSetApart = false;
    for (int i = width; i < n; i++) {
      if (gap[i] >= 2 * step) {
        if (i % width == 0) {
          rowsSetApart = true;
        } else {
          cellsSetApart = true;
        }
      }
    }
    return !(rowsSetApart && !cellsSetApart);
  }

  /** A serial-number cell: at most three digits, or empty. */
  private static boolean isSerial(Block b) {
    if (b.length() > 3) {
      return false;
    }
    for (int i = 0; i < b.length(); i++) {
      if (!Character.isDigit(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Text no unit or date cell holds: a sentence end, or more than 30 characters. */
  private static boolean isSentence(Block b) {
    if (b.length() > 30) {
      return true;
    }
    for (int i = 0; i < b.length(); i++) {
      if ("。！？".indexOf(b.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header and cells of [from, end) with the empty cells the copy dropped put back: the
   * smallest number of lines from one header cell to the next is the table's step, and a gap of
   * {@code j} more steps between two cells held {@code j} empty cells (in a copy with one blank
   * line between cells, an empty cell leaves three). When every longer gap falls between rows,
   * the copy set rows apart and nothing is empty. A last row holding at least half its cells is
   * filled with empty ones (a blank 备注 at the end); fewer cells after the last whole row stay
   * paragraphs. Linear in the cells.
   */
  private static Cells withEmptyCells(SourceText source, List<Block> in, int from, int width, int end) {
    int n = end - from;
    int[] gap = gaps(source, in, from, n);
    int step = step(gap, width);
    List<Block> out = new ArrayList<>(n + width);
    boolean fill = fills(gap, step, width, n);
    for (int i = 0; i < n; i++) {
      Block b = in.get(from + i);
      if (fill && i >= width) {
        for (int e = (gap[i] - step) / step; e > 0; e--) {
          out.add(emptyCell(b.blockStart));
        }
      }
      out.add(b);
    }
    int rest = (out.size() - width) % width;
    if (rest > 0 && 2 * rest >= width) {
      for (int e = rest; e < width; e++) {
        out.add(emptyCell(out.get(out.size() - 1).blockEnd));
      }
      return new Cells(out, end);
    }
    // Fewer cells than half a row after the last whole row: they are no row, and stay paragraphs.
    int keep = out.size() - rest;
    int consumed = end;
    for (int i = out.size() - 1; i >= keep; i--) {
      if (out.get(i).length() > 0) { // a cell of the input, not one put back
        consumed--;
      }
    }
    return new Cells(new ArrayList<>(out.subList(0, keep)), consumed);
  }

  /** A header and its cells, and where the cells the table took end in the input. */
  private record Cells(List<Block> blocks, int end) {}

  private static Block emptyCell(int at) {
    Block cell = new Block(Block.Kind.PARAGRAPH);
    cell.blockStart = at;
    cell.blockEnd = at;
    return cell;
  }

  private static Block cellTable(List<Block> cells, int width) {
    Block t = new Block(Block.Kind.TABLE);
    t.rows = new ArrayList<>();
    int rows = cells.size() / width;
    t.blockStart = cells.get(0).blockStart;
    t.blockEnd = cells.get(rows * width - 1).blockEnd;
    for (int r = 0; r < rows; r++) {
      t.rows.add(new ArrayList<>(cells.subList(r * width, r * width + width)));
    }
    return t;
  }
}
