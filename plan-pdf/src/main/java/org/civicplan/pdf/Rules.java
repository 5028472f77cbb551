package org.civicplan.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The ruling lines of one page (table borders: stroked horizontal and vertical lines, and thin
 * filled rectangles, as word processors draw them), collected while the text is taken, and the
 * ruled tables they make. Not thread-safe; one per page.
 */
final class Rules {
  /** A horizontal rule at {@code at} from {@code from} to {@code to}, or a vertical one. */
  private record Rule(float at, float from, float to) {}

  private static final float THIN = 3; // a rectangle thinner than this is a rule, pt
  private static final float NEAR = 2; // rules this close are one, pt
  /**
   * The most rules (and path pieces) kept per page: a page drawing more is a drawing, not a table,
   * and a hostile content stream of millions of lines costs neither memory nor quadratic time.
   */
  static final int MAX_RULES = 4000;

  private final float pageHeight;
  private final List<Rule> horizontal = new ArrayList<>();
  private final List<Rule> vertical = new ArrayList<>();
  private final List<float[]> segments = new ArrayList<>(); // the current path's lines, x0 y0 x1 y1
  private final List<float[]> rects = new ArrayList<>(); // the current path's rectangles, x0 y0 x1 y1
  private boolean overflow;
  private float startX;
  private float startY;
  private float x;
  private float y;

  Rules(float pageHeight) {
    this.pageHeight = pageHeight;
  }

  /**
   * The path operators for a text stripper, which ignores paths: each passes its path to the
   * rules of the page being read.
   */
  static List<OperatorProcessor> operators(PDFStreamEngine engine, Supplier<Rules> page) {
    List<OperatorProcessor> ops = new ArrayList<>();
    for (String name : new String[] {"re", "m", "l", "c", "v", "y", "h", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}) {
      ops.add(new OperatorProcessor(engine) {
        @Override
        public void process(Operator operator, List<COSBase> operands) {
          Rules r = page.get();
          if (r != null) {
            r.operator(name, operands, getContext().getGraphicsState().getCurrentTransformationMatrix());
          }
        }

        @Override
        public String getName() {
          return name;
        }
      });
    }
    return ops;
  }

  private void operator(String name, List<COSBase> operands, Matrix ctm) {
    switch (name) {
      case "re" -> {
        if (numbers(operands, 4)) {
          float rx = number(operands, 0);
          float ry = number(operands, 1);
          float[] a = transform(ctm, rx, ry);
          float[] b = transform(ctm, rx + number(operands, 2), ry + number(operands, 3));
          if (room(rects)) {
            rects.add(new float[] {a[0], a[1], b[0], b[1]});
          }
          startX = x = a[0];
          startY = y = a[1];
        }
      }
      case "m" -> {
        if (numbers(operands, 2)) {
          float[] p = transform(ctm, number(operands, 0), number(operands, 1));
          startX = x = p[0];
          startY = y = p[1];
        }
      }
      case "l" -> {
        if (numbers(operands, 2)) {
          float[] p = transform(ctm, number(operands, 0), number(operands, 1));
          if (room(segments)) {
            segments.add(new float[] {x, y, p[0], p[1]});
          }
          x = p[0];
          y = p[1];
        }
      }
      case "c", "v", "y" -> { // a curve is no rule; the path goes on from its end
        int n = operands.size();
        if (n >= 2 && numbers(operands, n)) {
          float[] p = transform(ctm, number(operands, n - 2), number(operands, n - 1));
          x = p[0];
          y = p[1];
        }
      }
      case "h" -> {
        if (room(segments)) {
          segments.add(new float[] {x, y, startX, startY});
        }
        x = startX;
        y = startY;
      }
      case "S", "s" -> {
        for (float[] s : segments) {
          line(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
          line(r[0], r[1], r[2], r[1]);
          line(r[0], r[3], r[2], r[3]);
          line(r[0], r[1], r[0], r[3]);
          line(r[2], r[1], r[2], r[3]);
        }
        clear();
      }
      case "n" -> clear();
      default -> { // a fill: thin rectangles are rules, larger ones shading
        for (float[] r : rects) {
          float w = Math.abs(r[2] - r[0]);
          float h = Math.abs(r[3] - r[1]);
          if (h < THIN && w > h) {
            line(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
          } else if (w < THIN && h > w) {
            line((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
          }
        }
        clear();
      }
    }
  }

  /** Whether a path piece may be kept; a page with more is a drawing, and gets no tables. */
  private boolean room(List<float[]> pieces) {
    if (pieces.size() >= MAX_RULES) {
      overflow = true;
    }
    return !overflow;
  }

  /** A point of user space in page space (without java.desktop's Point2D). */
  private static float[] transform(Matrix m, float px, float py) {
    return new float[] {
      m.getValue(0, 0) * px + m.getValue(1, 0) * py + m.getValue(2, 0),
      m.getValue(0, 1) * px + m.getValue(1, 1) * py + m.getValue(2, 1)
    };
  }

  private void clear() {
    segments.clear();
    rects.clear();
  }

  private static boolean numbers(List<COSBase> operands, int n) {
    if (operands.size() < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static float number(List<COSBase> operands, int i) {
    return ((COSNumber) operands.get(i)).floatValue();
  }

  /** A stroked line, in page space: kept if horizontal or vertical, in coordinates from the top. */
  private void line(float x0, float y0, float x1, float y1) {
    if (horizontal.size() >= MAX_RULES || vertical.size() >= MAX_RULES) {
      overflow = true;
      return;
    }
    if (Math.abs(y1 - y0) < 0.5f && Math.abs(x1 - x0) > NEAR) {
      horizontal.add(new Rule(pageHeight - y0, Math.min(x0, x1), Math.max(x0, x1)));
    } else if (Math.abs(x1 - x0) < 0.5f && Math.abs(y1 - y0) > NEAR) {
      vertical.add(new Rule(x0, pageHeight - Math.max(y0, y1), pageHeight - Math.min(y0, y1)));
    }
  }

  /** Rules on one line that touch or overlap, as one. */
  private static List<Rule> merged(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingDouble((Rule r) -> r.at).thenComparingDouble(r -> r.from));
    List<Rule> out = new ArrayList<>();
    for (Rule r : sorted) {
      Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(last.at - r.at) < NEAR && r.from <= last.to + NEAR) {
        out.set(out.size() - 1, new Rule(last.at, last.from, Math.max(last.to, r.to)));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * @param page the page's 1-based number
   * @return the ruled tables of the page: runs of horizontal rules, each joined to the one
   *     before by a vertical rule, with at least one row and, in some row, two cells (a table of
   *     one row is a table only where it continues one of the page before, or goes on on the next)
   */
  List<PdfLayout.Table> tables(int page) {
    List<PdfLayout.Table> out = new ArrayList<>();
    if (overflow || horizontal.size() < 2 || vertical.isEmpty()) {
      return out;
    }
    List<Rule> rows = merged(horizontal);
    List<Rule> columns = merged(vertical);
    columns.sort(Comparator.comparingDouble(r -> r.at));
    List<Rule> run = new ArrayList<>();
    for (Rule h : rows) {
      Rule prev = run.isEmpty() ? null : run.get(run.size() - 1);
      if (prev != null && !joined(prev, h, columns)) {
        table(run, columns, page, out);
        run.clear();
      }
      if (!run.isEmpty() && Math.abs(run.get(run.size() - 1).at - h.at) < NEAR) {
        continue; // a second piece of the same rule
      }
      run.add(h);
    }
    table(run, columns, page, out);
    return out;
  }

  private static boolean joined(Rule upper, Rule lower, List<Rule> columns) {
    for (Rule v : columns) {
      if (v.from <= upper.at + NEAR && v.to >= lower.at - NEAR
          && v.at >= Math.max(upper.from, lower.from) - NEAR && v.at <= Math.min(upper.to, lower.to) + NEAR) {
        return true;
      }
    }
    return false;
  }

  private static void table(List<Rule> run, List<Rule> columns, int page, List<PdfLayout.Table> out) {
    if (run.size() < 2) {
      return;
    }
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float[] rowRules = new float[run.size()];
    for (int i = 0; i < run.size(); i++) {
      rowRules[i] = run.get(i).at;
      left = Math.min(left, run.get(i).from);
      right = Math.max(right, run.get(i).to);
    }
    float[][] columnRules = new float[run.size() - 1][];
    boolean twoCells = false;
    for (int r = 0; r + 1 < run.size(); r++) {
      float middle = (rowRules[r] + rowRules[r + 1]) / 2;
      List<Float> xs = new ArrayList<>();
      for (Rule v : columns) {
        if (v.from <= middle && v.to >= middle && v.at >= left - NEAR && v.at <= right + NEAR
            && (xs.isEmpty() || v.at - xs.get(xs.size() - 1) > NEAR)) {
          xs.add(v.at);
        }
      }
      if (xs.isEmpty() || xs.get(0) > left + NEAR) {
        xs.add(0, left);
      }
      if (xs.get(xs.size() - 1) < right - NEAR) {
        xs.add(right);
      }
      columnRules[r] = new float[xs.size()];
      for (int c = 0; c < xs.size(); c++) {
        columnRules[r][c] = xs.get(c);
      }
      twoCells |= xs.size() >= 3;
    }
    if (twoCells) {
      out.add(new PdfLayout.Table(page, left, right, rowRules, columnRules));
    }
  }
}
