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
        int end = cellRun(in, k + width, width);
        if (end - (k + width) >= width) {
          out.add(cellTable(in, k, width, end));
          k = end;
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

  /** Where the cells after a header of {@code width} end: at a numbered section or a heading. */
  private static int cellRun(List<Block> in, int from, int width) {
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
    // whole rows only
    return from + ((k - from) / width) * width;
  }

  private static Block cellTable(List<Block> in, int from, int width, int end) {
    Block t = new Block(Block.Kind.TABLE);
    t.rows = new ArrayList<>();
    t.blockStart = in.get(from).blockStart;
    t.blockEnd = in.get(end - 1).blockEnd;
    for (int r = from; r < end; r += width) {
      t.rows.add(new ArrayList<>(in.subList(r, r + width)));
    }
    return t;
  }
}
