package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.chinese.Numberings;

/**
 * Rebuilds tables that a copy from a web page flattened into text: rows written as {@code 任务 |
 * 牵头单位 | 完成时限} lines, and tables written one cell per line, recognized by a header run of
 * column names (序号, 工作任务, 牵头单位, 责任单位, 完成时限…). The rebuilt table is read like any other.
 */
final class FlatTablePass implements Pass {
  private static final String[] HEADER_WORDS = {
    "序号", "编号", "任务", "内容", "事项", "举措", "措施", "项目", "牵头", "责任", "配合", "协同", "时限", "时间", "节点", "期限", "备注", "目标"
  };

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
        Cells cells = withEmptyCells(a.source, in, k, width, cellRun(in, k + width));
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
    return t;
  }

  // ---- one cell per line ------------------------------------------------------------------------

  /** The number of header cells starting at k: short lines naming columns, with a task column. */
  private static int headerRun(List<Block> in, int k) {
    int n = 0;
    boolean task = false;
    boolean owner = false;
    while (k + n < in.size() && n < 10 && isHeaderCell(in.get(k + n))) {
      String t = in.get(k + n).text.toString();
      task |= t.contains("任务") || t.contains("内容") || t.contains("事项") || t.contains("举措") || t.contains("措施") || t.contains("项目");
      owner |= t.contains("牵头") || t.contains("责任") || t.contains("配合") || t.contains("时限") || t.contains("时间");
      n++;
    }
    return task && owner ? n : 0;
  }

  private static boolean isHeaderCell(Block b) {
    if (b.kind != Block.Kind.PARAGRAPH || b.length() > 8 || b.length() < 2) {
      return false;
    }
    String t = b.text.toString();
    for (String w : HEADER_WORDS) {
      if (t.contains(w)) {
        for (int i = 0; i < t.length(); i++) {
          if ("。，；：,;:".indexOf(t.charAt(i)) >= 0) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Where the cells after a header end: at a numbered section or goal, a heading or a table. */
  private static int cellRun(List<Block> in, int from) {
    int k = from;
    while (k < in.size()) {
      Block b = in.get(k);
      if (b.kind != Block.Kind.PARAGRAPH) {
        break;
      }
      var m = Numberings.parse(b.text, 0);
      if (m.isPresent() && m.get().rank() <= 2) {
        break;
      }
      k++;
    }
    return k;
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
    int[] gap = new int[n];
    int step = Integer.MAX_VALUE;
    for (int i = 1; i < n; i++) {
      Block prev = in.get(from + i - 1);
      gap[i] = source.line(in.get(from + i).blockStart) - source.line(Math.max(prev.blockStart, prev.blockEnd - 1));
      if (i < width) {
        step = Math.min(step, gap[i]);
      }
    }
    List<Block> out = new ArrayList<>(n + width);
    boolean readable = step > 0 && step != Integer.MAX_VALUE; // else cells share lines: no gaps to read
    boolean rowsSetApart = false;
    boolean cellsSetApart = false;
    for (int i = width; i < n && readable; i++) {
      if (gap[i] >= 2 * step) {
        if (i % width == 0) {
          rowsSetApart = true;
        } else {
          cellsSetApart = true;
        }
      }
    }
    boolean fill = readable && !(rowsSetApart && !cellsSetApart);
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
