package org.civicplan.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.TableHeaders;
import org.civicplan.io.spi.TextBlock;

/**
 * Lines of a PDF by position, and the paragraphs, headings, tables and metadata made of them
 * (see {@link PdfReader}). One per read; not thread-safe.
 */
final class PdfLayout {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^\\s*(?:[-—–－]\\s*\\d+\\s*[-—–－]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|\\d+|"
          + "[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)\\s*$");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("^\\s*\\S{1,20}[〔\\[［﹝(（]\\s*\\d{4}\\s*[〕\\]］﹞)）]\\s*\\d+\\s*号\\s*$");

  /** The signer (签发人) of a red header, after the 文号 in the same part or alone. */
  private static final Pattern SIGNED = Pattern.compile("^\\s*(.*?)\\s*签发人\\s*[：:]\\s*(\\S{1,12})\\s*$");

  /** One text line of a page, with every character's position, size and weight. */
  static final class Line {
    final int page;
    final int number; // document line, 1-based
    float y;
    float x0 = Float.MAX_VALUE;
    float x1;
    final StringBuilder text = new StringBuilder();
    boolean[] bold = new boolean[16];
    float[] sizes = new float[16];
    float[] xs = new float[16]; // each character's left edge
    float[] ends = new float[16]; // each character's right edge
    float[] ys = new float[16]; // each character's baseline, from the top of the page
    float pageHeight;
    private float size = -1;
    Table table; // the table the line is part of, if any

    Line(int page, int number) {
      this.page = page;
      this.number = number;
    }

    void add(char c, boolean b, float s, float x, float end, float baseline) {
      int n = text.length();
      if (n == bold.length) {
        bold = Arrays.copyOf(bold, n * 2);
        sizes = Arrays.copyOf(sizes, n * 2);
        xs = Arrays.copyOf(xs, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        ys = Arrays.copyOf(ys, n * 2);
      }
      text.append(c);
      bold[n] = b;
      sizes[n] = s;
      xs[n] = x;
      ends[n] = end;
      ys[n] = baseline;
    }

    /** @return the most common type size of the line's characters, to 0.5 pt */
    float size() {
      if (size < 0) {
        size = modeSize(0, text.length());
      }
      return size;
    }

    float modeSize(int from, int to) {
      Map<Float, Integer> counts = new HashMap<>();
      float best = 0;
      int bestCount = 0;
      for (int i = from; i < to; i++) {
        float r = Math.round(sizes[i] * 2) / 2f;
        int c = counts.merge(r, 1, Integer::sum);
        if (c > bestCount) {
          best = r;
          bestCount = c;
        }
      }
      return best;
    }

    boolean allBold() {
      boolean any = false;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != ' ') {
          if (!bold[i]) {
            return false;
          }
          any = true;
        }
      }
      return any;
    }

    /**
     * @return the starts of the line's parts set apart by a gap wider than two characters (the
     *     columns of a header set as a borderless table, such as the organ left and the 文号 right)
     */
    List<Integer> parts() {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 1; i < text.length(); i++) {
        if (xs[i] - ends[i - 1] > 2 * Math.max(sizes[i], sizes[i - 1])) {
          starts.add(i);
        }
      }
      return starts;
    }
  }

  /** A ruled table on a page: its row rules from the top, and per row the column rules. */
  static final class Table {
    final int page;
    final float left;
    final float right;
    final float[] rowRules; // ascending y from the top; rows lie between consecutive rules
    final float[][] columnRules; // per row, ascending x
    boolean emitted;
    Table next; // the table this one goes on in at the top of the next page
    Table previous;
    int firstLine = -1; // the body index of its first line

    Table(int page, float left, float right, float[] rowRules, float[][] columnRules) {
      this.page = page;
      this.left = left;
      this.right = right;
      this.rowRules = rowRules;
      this.columnRules = columnRules;
    }

    boolean contains(float x, float y) {
      return x >= left - 1 && x <= right + 1 && y >= rowRules[0] - 1 && y <= rowRules[rowRules.length - 1] + 1;
    }

    int row(float y) {
      return between(rowRules, y);
    }

    int column(int row, float x) {
      return between(columnRules[row], x);
    }

    /** @return the interval of ascending {@code rules} that {@code v} falls in, clamped to the ends */
    private static int between(float[] rules, float v) {
      int lo = 0;
      int hi = rules.length - 2; // intervals 0 .. length-2
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (v < rules[mid + 1]) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return Math.max(0, lo);
    }
  }

  private final List<List<Line>> pages = new ArrayList<>();
  private final List<List<Table>> tables = new ArrayList<>();
  private final List<Integer> pageFirstLine = new ArrayList<>();
  private int lineCount;

  /** A limit on what is collected was reached; {@link PdfReader} says so with the file's name. */
  static final class LimitReached extends RuntimeException {
    LimitReached(String message) {
      super(message, null, false, false);
    }
  }

  private final long maxCharacters;
  private long characters;

  /** @param maxCharacters the most characters taken from the whole document */
  PdfLayout(long maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  /**
   * Collects every page's lines.
   *
   * @throws LimitReached if a page draws more than {@link PdfReader#MAX_PAGE_CHARACTERS}
   *     characters, the document more than {@code maxCharacters} or more than {@link
   *     PdfReader#MAX_LINES} lines
   */
  void collect(PDDocument pdf) throws IOException {
    Stripper s = new Stripper();
    s.setSortByPosition(true);
    s.getText(pdf);
  }

  boolean pageIsEmpty(int p) {
    return p >= pages.size() || pages.get(p).isEmpty();
  }

  boolean noText() {
    return pages.stream().allMatch(List::isEmpty);
  }

  private final class Stripper extends PDFTextStripper {
    private Line line;
    private float height;
    private Rules rules;
    private PDFont lastFont;
    private boolean lastBold;
    private int pageCharacters;

    Stripper() throws IOException {
      super();
      for (OperatorProcessor op : Rules.operators(this, () -> rules)) {
        addOperator(op); // the stripper ignores paths; table borders are read from them
      }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      pageFirstLine.add(lineCount + 1);
      height = page.getMediaBox().getHeight();
      rules = new Rules(page.getMediaBox().getHeight());
      line = null;
      pageCharacters = 0;
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      // The stripper holds every glyph of a page (a TextPosition of some 200 bytes) until the
      // page ends, and the lines hold every character of the document: both are counted here,
      // before they are kept, so that a page of millions of glyphs (a few KB of Flate) is
      // refused instead of running the heap out.
      int page = pages.size();
      if (++pageCharacters > PdfReader.MAX_PAGE_CHARACTERS) {
        throw new LimitReached("第 " + page + " 页文字过多：超过 " + PdfReader.MAX_PAGE_CHARACTERS + " 个字符 (page "
            + page + " draws more than " + PdfReader.MAX_PAGE_CHARACTERS + " characters)");
      }
      if (++characters > maxCharacters) {
        throw new LimitReached("PDF 文字过多：超过 " + maxCharacters + " 个字符，到第 " + page + " 页 (the PDF holds more than "
            + maxCharacters + " characters of text, by page " + page + "); split the document, or raise"
            + " PlanDocuments.Builder.maxInputBytes with a proportionally larger heap");
      }
      super.processTextPosition(text);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      tables.add(rules.tables(pages.size()));
      super.endPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition t : positions) {
        if (line == null) {
          if (++lineCount > PdfReader.MAX_LINES) {
            // a line holds some 500 bytes before its first character: a million one-character
            // lines is what the documented heap holds
            throw new LimitReached("PDF 文字行过多：超过 " + PdfReader.MAX_LINES + " 行，到第 " + pages.size()
                + " 页 (the PDF has more than " + PdfReader.MAX_LINES + " lines of text, by page "
                + pages.size() + ")");
          }
          line = new Line(pages.size(), lineCount);
          line.y = t.getYDirAdj();
          line.pageHeight = height;
          pages.get(pages.size() - 1).add(line);
        }
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) {
          continue;
        }
        PDFont font = t.getFont();
        if (font != lastFont) { // the weight once per font run, not per glyph
          lastFont = font;
          lastBold = isBold(font);
        }
        boolean b = lastBold;
        float x = t.getXDirAdj();
        float end = x + t.getWidthDirAdj();
        for (int i = 0; i < u.length(); i++) {
          char c = u.charAt(i);
          if (!Character.isISOControl(c)) {
            line.add(c, b, t.getFontSizeInPt(), x, end, t.getYDirAdj());
          }
        }
        line.x0 = Math.min(line.x0, x);
        line.x1 = Math.max(line.x1, end);
      }
    }

    @Override
    protected void writeWordSeparator() {
      // the stripper guesses word gaps from positions; PDFs carry their spaces as glyphs, and
      // the guessed ones fall between Chinese and Latin runs (0.2 em of autospacing): not text
    }

    @Override
    protected void writeLineSeparator() {
      line = null;
    }
  }

  static boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold") || name.contains("heavy") || name.contains("black") || name.contains("semibold")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }

  // ---- paragraphs -----------------------------------------------------------------------------

  DocumentText document() {
    DocumentText.Builder out = DocumentText.builder(LocationKind.PAGE_LINE);
    for (int first : pageFirstLine) {
      out.page(Math.max(1, first));
    }
    for (List<Line> page : pages) {
      placeInTables(page); // a table's rows are no running header, even a repeated header row
    }
    List<Line> body = removeHeadersAndFooters();
    redHeader(body, out);
    if (body.isEmpty()) {
      return out.build();
    }
    linkContinuedTables(body);
    borderlessTables(body, out);
    float bodySize = mostCommonSize(body);
    // the margins: the body lines' leftmost start, and their most common end (of equally common
    // ends the rightmost: the lines that reach the margin, when few lines wrap)
    float left = Float.MAX_VALUE;
    Map<Integer, Integer> rightCounts = new HashMap<>();
    for (Line l : body) {
      if (l.table == null && Math.abs(l.size() - bodySize) < 0.5f) {
        left = Math.min(left, l.x0);
        rightCounts.merge(Math.round(l.x1), 1, Integer::sum);
      }
    }
    float right = rightCounts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> (float) e.getKey()).orElse(0f);
    // heading sizes: larger than the body, largest first
    List<Float> headingSizes = new ArrayList<>();
    for (Line l : body) {
      float s = l.size();
      if (l.table == null && s > bodySize + 0.5f && headingSizes.stream().noneMatch(h -> Math.abs(h - s) < 0.5f)) {
        headingSizes.add(s);
      }
    }
    headingSizes.sort((a, b) -> Float.compare(b, a));

    List<Line> para = new ArrayList<>();
    Line prev = null;
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      if (l.table != null) {
        if (!para.isEmpty()) {
          out.add(block(para, headingSizes, right));
          para.clear();
        }
        if (!l.table.emitted) {
          out.add(table(l.table, body, out));
        }
        prev = null;
        continue;
      }
      // a heading that reaches the margin goes on in the next line of its size, as body text does
      boolean newParagraph = prev == null
          || Math.abs(l.size() - prev.size()) >= 0.5f
          || prev.x1 < right - 1.5f * prev.size()
          || l.x0 > left + 0.8f * l.size()
          || (l.page == prev.page && l.y - prev.y > 1.9f * l.size());
      if (newParagraph && !para.isEmpty()) {
        out.add(block(para, headingSizes, right));
        para.clear();
      }
      para.add(l);
      prev = l;
    }
    if (!para.isEmpty()) {
      out.add(block(para, headingSizes, right));
    }
    return out.build();
  }

  private TextBlock block(List<Line> lines, List<Float> headingSizes, float right) {
    Line first = lines.get(0);
    float size = first.size();
    int level = 0;
    for (int i = 0; i < headingSizes.size(); i++) {
      if (Math.abs(headingSizes.get(i) - size) < 0.5f) {
        level = i + 1;
      }
    }
    if (level == 0 && lines.size() == 1 && first.allBold() && first.x1 < right - 1.5f * size) {
      String t = first.text.toString().strip();
      char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
      if ("。；;，,：:".indexOf(end) < 0) {
        level = headingSizes.size() + 1; // a lone bold line at body size: the next heading level
      }
    }
    TextBlock.Builder b = level > 0 ? TextBlock.heading(Math.min(9, level)) : TextBlock.paragraph();
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (k > 0 && !joinsWithoutSpace(lines.get(k - 1), l)) {
        b.lineBreak(); // between Latin words: a space
      }
      appendRange(b, l, 0, l.text.length(), 1);
    }
    return b.build();
  }

  /**
   * Appends characters {@code [from, to)} of a line, in runs of one weight, the first at {@code
   * column}.
   *
   * @return the column after the last
   */
  private static int appendRange(TextBlock.Builder b, Line l, int from, int to, int column) {
    int i = from;
    while (i < to) {
      int j = i + 1;
      while (j < to && l.bold[j] == l.bold[i]) {
        j++;
      }
      CharSequence run = l.text.subSequence(i, j);
      b.append(run, l.bold[i], l.number, column);
      column += Character.codePointCount(run, 0, run.length());
      i = j;
    }
    return column;
  }

  /** Chinese lines join without a space: when either side of the join is a wide character. */
  static boolean joinsWithoutSpace(Line before, Line after) {
    String a = before.text.toString().stripTrailing();
    String b = after.text.toString().stripLeading();
    return a.isEmpty() || b.isEmpty() || wide(a.charAt(a.length() - 1)) || wide(b.charAt(0));
  }

  static boolean wide(char c) {
    return c >= 0x2E80 // CJK scripts, CJK punctuation, full-width forms
        || (c >= 0x2010 && c <= 0x2027) // “ ” ‘ ’ — … as Chinese text sets them
        || c == 0x00B7;
  }

  private static float mostCommonSize(List<Line> lines) {
    Map<Float, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      if (l.table == null) {
        counts.merge(l.size(), l.text.length(), Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12f);
  }

  // ---- tables ---------------------------------------------------------------------------------

  /** Marks the lines that stand inside a ruled table of their page. */
  private void placeInTables(List<Line> body) {
    for (Line l : body) {
      List<Table> onPage = l.page - 1 < tables.size() ? tables.get(l.page - 1) : List.of();
      if (onPage.isEmpty()) {
        continue;
      }
      int i = firstVisible(l);
      float cx = (l.xs[i] + l.ends[i]) / 2;
      float cy = l.ys[i] - 0.3f * l.sizes[i];
      for (Table t : onPage) {
        if (t.contains(cx, cy)) {
          l.table = t;
          break;
        }
      }
    }
  }

  private static int firstVisible(Line l) {
    for (int i = 0; i < l.text.length(); i++) {
      if (!Character.isWhitespace(l.text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Links each table that goes on at the top of the next page to the one it continues: the last
   * body line of a page stands in a table, the first of the next page in another with the same
   * column rules (within {@value #SAME_RULE} pt) and the same left and right edges. A table of one
   * row that continues none and is continued by none is no table (a boxed line).
   */
  private static void linkContinuedTables(List<Line> body) {
    Line prev = null;
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      if (l.table != null && l.table.firstLine < 0) {
        l.table.firstLine = i;
      }
      if (l.table != null && prev != null && prev.table != null && l.page == prev.page + 1
          && l.table.page == prev.table.page + 1 && prev.table.next == null && l.table.previous == null
          && sameColumns(prev.table, l.table)) {
        prev.table.next = l.table;
        l.table.previous = prev.table;
      }
      prev = l;
    }
    for (Line l : body) {
      Table t = l.table;
      if (t != null && t.rowRules.length == 2 && t.next == null && t.previous == null) {
        l.table = null;
      }
    }
  }

  // ---- borderless tables ----------------------------------------------------------------------

  /** A gap this wide (in characters of the line's size) between printed characters sets columns apart. */
  private static final float COLUMN_GAP = 0.8f;
  /** Lines of one row: a baseline at most this far (in characters) below the row's lowest one. */
  private static final float ROW_LINE = 1.6f;
  /** A table's rows are at most this far apart (in characters); farther is text after it. */
  private static final float ROW_GAP = 5f;
  /** The most lines a header row or a body row is read over. */
  private static final int MAX_ROW_LINES = 12;

  /**
   * Tables printed without ruling lines: a header row whose cells, set apart by gaps wider than
   * {@value #COLUMN_GAP} characters, are a task table's column names ({@link TableHeaders}), and
   * at least two rows below whose printed characters keep to the same columns (the gaps between
   * the columns stay open over every line). Rows are the runs of lines closer than {@value
   * #ROW_LINE} characters; the table may go on at the top of the next page. Each page's part
   * becomes a {@link Table} with rules between the columns and rows, so it is read and continued
   * as a ruled one. Lines that start such a table but cannot be rebuilt with confidence (a column
   * that is not one, fewer than two rows, a 序号 cell that is no number) stay paragraphs, and a
   * note says where. Linear: a line is looked at by at most the four candidate header rows it can
   * be in, and once by the rows below a header that matched (whether they become a table or stay
   * paragraphs); the column intervals are at most {@value #MAX_COLUMNS}.
   */
  private void borderlessTables(List<Line> body, DocumentText.Builder out) {
    int i = 0;
    while (i < body.size()) {
      Line l = body.get(i);
      if (l.table != null || !(gapped(l) || (i + 1 < body.size() && sameRow(l, body.get(i + 1)) && gapped(body.get(i + 1))))) {
        i++;
        continue;
      }
      i = borderlessTable(body, i, out);
    }
  }

  /** Whether a line has a column gap: two printed characters more than {@value #COLUMN_GAP} characters apart. */
  private static boolean gapped(Line l) {
    int prev = -1;
    for (int i = 0; i < l.text.length(); i++) {
      if (Character.isWhitespace(l.text.charAt(i))) {
        continue;
      }
      if (prev >= 0 && l.xs[i] - l.ends[prev] > COLUMN_GAP * l.sizes[i]) {
        return true;
      }
      prev = i;
    }
    return false;
  }

  private static float top(Line l) {
    float t = Float.MAX_VALUE;
    for (int i = 0; i < l.text.length(); i++) {
      t = Math.min(t, l.ys[i]);
    }
    return t;
  }

  private static float bottom(Line l) {
    float b = -Float.MAX_VALUE;
    for (int i = 0; i < l.text.length(); i++) {
      b = Math.max(b, l.ys[i]);
    }
    return b;
  }

  private static boolean sameRow(Line above, Line below) {
    return below.page == above.page && below.table == null && Math.abs(below.size() - above.size()) < 0.5f
        && top(below) - bottom(above) <= ROW_LINE * above.size();
  }

  /** The printed characters' x intervals merged where closer than the column gap: [a0, b0, a1, b1, …]. */
  private static List<float[]> merge(List<float[]> union, Line l) {
    List<float[]> out = new ArrayList<>(union.size() + 2);
    for (float[] u : union) {
      out.add(u.clone());
    }
    float gap = COLUMN_GAP * l.size();
    for (int i = 0; i < l.text.length(); i++) {
      if (Character.isWhitespace(l.text.charAt(i))) {
        continue;
      }
      float a = l.xs[i];
      float b = l.ends[i];
      // insert [a, b] and merge the neighbours within the gap; the list is short (the columns)
      int k = 0;
      while (k < out.size() && out.get(k)[1] + gap < a) {
        k++;
      }
      int e = k;
      while (e < out.size() && out.get(e)[0] - gap <= b) {
        a = Math.min(a, out.get(e)[0]);
        b = Math.max(b, out.get(e)[1]);
        e++;
      }
      out.subList(k, e).clear();
      out.add(k, new float[] {a, b});
      if (out.size() > MAX_COLUMNS) {
        return out; // no table has so many columns; the caller gives up, and the merge stays linear
      }
    }
    return out;
  }

  /** The most columns a table without rules is rebuilt with. */
  private static final int MAX_COLUMNS = 24;

  /** @return the body index after the table that starts at {@code start}, or {@code start + 1} if none does */
  private int borderlessTable(List<Line> body, int start, DocumentText.Builder out) {
    // the header row: its lines (column names hold no digits), its columns, its cells' texts
    int end = start + 1;
    while (end < body.size() && end - start < 4 && sameRowBelow(body.get(start), bottom(body.get(end - 1)), body.get(end))
        && !hasDigit(body.get(end))) {
      end++;
    }
    List<float[]> union = new ArrayList<>();
    for (int k = start; k < end; k++) {
      union = merge(union, body.get(k));
    }
    int columns = union.size();
    if (columns < 2 || columns > MAX_COLUMNS) {
      return start + 1;
    }
    List<String> header = columnTexts(body, start, end, union);
    if (!TableHeaders.isTaskHeader(header)) {
      return start + 1;
    }
    // the rows below, while their characters keep to the columns
    boolean serial = TableHeaders.isSerial(header.get(0));
    List<int[]> rows = new ArrayList<>(); // [first line, end] in body
    rows.add(new int[] {start, end});
    int k = end;
    while (k < body.size()) {
      Line first = body.get(k);
      Line above = body.get(k - 1);
      if (first.table != null || Math.abs(first.size() - body.get(start).size()) >= 0.5f
          || (first.page == above.page && top(first) - bottom(above) > ROW_GAP * first.size())
          || first.page > above.page + 1) {
        break;
      }
      int e = rowEnd(body, k);
      if (serial) {
        e = serialRowEnd(body, k, e, union);
      }
      List<float[]> merged = union;
      for (int m = k; m < e; m++) {
        merged = merge(merged, body.get(m));
      }
      if (merged.size() < columns || merged.size() > MAX_COLUMNS) {
        break; // a line across the columns (text after the table), or no columns at all
      }
      union = merged;
      rows.add(new int[] {k, e});
      k = e;
    }
    // the line the rows stopped at still looks like a row (it has column gaps): part of the table
    int seen = k < body.size() && body.get(k).table == null && body.get(k).page == body.get(k - 1).page && gapped(body.get(k))
        ? k + 1 : k;
    if (rows.size() < 3 || union.size() != columns) {
      if (seen - start >= 3) {
        doubtful(body, start, seen, out);
      }
      return Math.max(start + 1, k); // the lines looked at stay paragraphs: each line is looked at once
    }
    // a 序号 column holds numbers; empty only in the first row of a page (a row the page break cut)
    if (serial) {
      for (int r = 1; r < rows.size(); r++) {
        String number = columnTexts(body, rows.get(r)[0], rows.get(r)[1], union).get(0);
        boolean pageTop = body.get(rows.get(r)[0]).page != body.get(rows.get(r - 1)[0]).page;
        if (!(number.matches("\\d{1,4}") || (number.isEmpty() && pageTop) || number.equals(header.get(0)))) {
          doubtful(body, start, k, out);
          return k;
        }
      }
    }
    // one table per page, with rules between the columns and between the rows
    float[] columnRules = new float[columns + 1];
    columnRules[0] = union.get(0)[0] - 1;
    for (int c = 1; c < columns; c++) {
      columnRules[c] = (union.get(c - 1)[1] + union.get(c)[0]) / 2;
    }
    columnRules[columns] = union.get(columns - 1)[1] + 1;
    Table previous = null;
    int r = 0;
    while (r < rows.size()) {
      int page = body.get(rows.get(r)[0]).page;
      int s = r;
      while (r < rows.size() && body.get(rows.get(r)[0]).page == page) {
        r++;
      }
      float[] rowRules = new float[r - s + 1];
      float size = body.get(rows.get(s)[0]).size();
      rowRules[0] = top(body.get(rows.get(s)[0])) - 0.3f * size - size;
      for (int q = s + 1; q < r; q++) {
        float lower = bottom(body.get(rows.get(q - 1)[1] - 1));
        float upper = top(body.get(rows.get(q)[0]));
        rowRules[q - s] = (lower + upper) / 2 - 0.3f * size;
      }
      rowRules[r - s] = bottom(body.get(rows.get(r - 1)[1] - 1)) - 0.3f * size + size;
      float[][] perRow = new float[r - s][];
      Arrays.fill(perRow, columnRules);
      Table t = new Table(page, columnRules[0], columnRules[columns], rowRules, perRow);
      t.firstLine = rows.get(s)[0];
      for (int m = rows.get(s)[0]; m < rows.get(r - 1)[1]; m++) {
        body.get(m).table = t;
      }
      if (previous != null) {
        previous.next = t;
        t.previous = previous;
      }
      previous = t;
    }
    return k;
  }

  private static boolean hasDigit(Line l) {
    for (int i = 0; i < l.text.length(); i++) {
      if (Character.isDigit(l.text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a row of lines [start, end) set close together ends when the table numbers its rows:
   * at the second line with a number in the 序号 column (rows of one line each, set at the
   * body's line spacing, are close together too).
   */
  private static int serialRowEnd(List<Line> body, int start, int end, List<float[]> union) {
    boolean seen = false;
    for (int k = start; k < end; k++) {
      if (columnTexts(body, k, k + 1, union).get(0).matches("\\d{1,4}")) {
        if (seen) {
          return k;
        }
        seen = true;
      }
    }
    return end;
  }

  /** The end (exclusive) of the row whose first line is at {@code start}: the lines close below it. */
  private static int rowEnd(List<Line> body, int start) {
    int e = start + 1;
    float lowest = bottom(body.get(start));
    while (e < body.size() && e - start < MAX_ROW_LINES && sameRowBelow(body.get(start), lowest, body.get(e))) {
      lowest = Math.max(lowest, bottom(body.get(e)));
      e++;
    }
    return e;
  }

  private static boolean sameRowBelow(Line first, float lowest, Line below) {
    return below.page == first.page && below.table == null && Math.abs(below.size() - first.size()) < 0.5f
        && top(below) - lowest <= ROW_LINE * first.size();
  }

  /** The text of each column in lines [from, to), whitespace left out. */
  private static List<String> columnTexts(List<Line> body, int from, int to, List<float[]> union) {
    StringBuilder[] cells = new StringBuilder[union.size()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = new StringBuilder();
    }
    for (int k = from; k < to; k++) {
      Line l = body.get(k);
      for (int i = 0; i < l.text.length(); i++) {
        char ch = l.text.charAt(i);
        if (Character.isWhitespace(ch)) {
          continue;
        }
        float x = (l.xs[i] + l.ends[i]) / 2;
        int c = 0;
        while (c + 1 < union.size() && x > union.get(c)[1]) {
          c++;
        }
        cells[c].append(ch);
      }
    }
    List<String> out = new ArrayList<>(cells.length);
    for (StringBuilder sb : cells) {
      out.add(sb.toString());
    }
    return out;
  }

  private void doubtful(List<Line> body, int from, int to, DocumentText.Builder out) {
    Line a = body.get(from);
    Line b = body.get(to - 1);
    int firstOnPage = pageFirstLine.get(a.page - 1);
    String where = a.page == b.page
        ? "第 " + a.page + " 页第 " + (a.number - firstOnPage + 1) + "–" + (b.number - firstOnPage + 1) + " 行"
        : "第 " + a.page + " 页第 " + (a.number - firstOnPage + 1) + " 行起";
    String en = a.page == b.page
        ? "page " + a.page + ", lines " + (a.number - firstOnPage + 1) + "–" + (b.number - firstOnPage + 1)
        : "page " + a.page + " from line " + (a.number - firstOnPage + 1);
    out.omitted(where + "像是无框线表格（表头为任务表列名），但列或行无法可靠重建，按段落读入 (" + en
        + " look like a table printed without ruling lines, with a task table's header, but its columns or rows could not"
        + " be rebuilt reliably; read as paragraphs)");
  }

  private static final float SAME_RULE = 3; // column rules this close are the same, pt

  private static boolean sameColumns(Table upper, Table lower) {
    if (Math.abs(upper.left - lower.left) > SAME_RULE || Math.abs(upper.right - lower.right) > SAME_RULE) {
      return false;
    }
    float[] first = lower.columnRules[0];
    return same(upper.columnRules[upper.columnRules.length - 1], first) || same(upper.columnRules[0], first);
  }

  private static boolean same(float[] a, float[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > SAME_RULE) {
        return false;
      }
    }
    return true;
  }

  /** Characters {@code [from, to)} of a line, the first at {@code column} of the line. */
  private record Run(Line line, int from, int to, int column) {
    /** The baseline, from the top of the first page: page by page, then down the page. */
    double y() {
      return line.page * 100_000.0 + line.ys[from];
    }

    float x() {
      return line.xs[from];
    }
  }

  /** A cell's text as runs of its lines, in order. */
  private static final class Cell {
    final List<Run> runs = new ArrayList<>(2);

    String text() {
      StringBuilder sb = new StringBuilder();
      for (Run r : runs) {
        for (int i = r.from; i < r.to; i++) {
          char c = r.line.text.charAt(i);
          if (!Character.isWhitespace(c)) {
            sb.append(c);
          }
        }
      }
      return sb.toString();
    }

    /**
     * The cell's text in reading order: its runs by the printed line they stand on (baselines
     * within half a character are one line), then left to right; a PDF's own order of glyphs in
     * a row of cells of several lines is not that order.
     */
    TextBlock build() {
      List<Run> sorted = new ArrayList<>(runs);
      sorted.sort(Comparator.comparingDouble(Run::y));
      int[] printedLine = new int[sorted.size()];
      double start = 0;
      int n = -1;
      for (int i = 0; i < sorted.size(); i++) {
        Run r = sorted.get(i);
        if (n < 0 || r.y() - start > 0.5f * r.line.sizes[r.from]) {
          n++;
          start = r.y();
        }
        printedLine[i] = n;
      }
      Integer[] order = new Integer[sorted.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt((Integer i) -> printedLine[i]).thenComparingDouble(i -> sorted.get(i).x()));
      TextBlock.Builder b = TextBlock.paragraph();
      int before = -1;
      for (int k : order) {
        Run r = sorted.get(k);
        if (before >= 0 && printedLine[before] != printedLine[k] && !joins(sorted.get(before), r)) {
          b.lineBreak();
        }
        appendRange(b, r.line, r.from, r.to, r.column);
        before = k;
      }
      return b.build();
    }
  }

  /**
   * The table at the head of a chain of tables continued on the next pages, as one table: the
   * rows of each part in order; a continuation's first row that repeats the header row is left
   * out (and noted), and where the table has a 序号 column a continuation's first row whose 序号
   * cell is empty is the rest of the row the page break cut, joined to it cell by cell.
   */
  private static TextBlock table(Table head, List<Line> body, DocumentText.Builder out) {
    List<Cell[]> rows = cells(head, body);
    String[] header = texts(rows.isEmpty() ? new Cell[0] : rows.get(0));
    boolean serial = header.length > 0 && TableHeaders.isSerial(header[0]);
    head.emitted = true;
    for (Table t = head.next; t != null; t = t.next) {
      t.emitted = true;
      List<Cell[]> part = cells(t, body);
      int from = 0;
      if (!part.isEmpty() && rows.size() > 1 && Arrays.equals(texts(part.get(0)), header)) {
        from = 1;
        out.omitted("第 " + t.page + " 页续表重复的表头行未读入 (the header row repeated where the table goes on on page "
            + t.page + " left out)");
      }
      if (serial && from < part.size() && rows.size() > 1) {
        Cell[] cut = rows.get(rows.size() - 1);
        Cell[] rest = part.get(from);
        if (rest.length == cut.length && rest[0].runs.isEmpty() && !cut[0].runs.isEmpty()) {
          for (int c = 0; c < cut.length; c++) {
            cut[c].runs.addAll(rest[c].runs);
          }
          from++;
        }
      }
      rows.addAll(part.subList(from, part.size()));
    }
    List<List<TextBlock>> built = new ArrayList<>(rows.size());
    for (Cell[] row : rows) {
      List<TextBlock> cells = new ArrayList<>(row.length);
      for (Cell cell : row) {
        cells.add(cell.build());
      }
      built.add(cells);
    }
    return TextBlock.table(built);
  }

  private static String[] texts(Cell[] row) {
    String[] t = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      t[i] = row[i].text();
    }
    return t;
  }

  /**
   * The cells of one table from the lines inside it: each character goes to the cell its middle
   * stands in, lines of one cell join as a paragraph's lines do.
   */
  private static List<Cell[]> cells(Table t, List<Line> body) {
    int rows = t.rowRules.length - 1;
    List<Cell[]> cells = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      Cell[] row = new Cell[Math.max(1, t.columnRules[r].length - 1)];
      for (int c = 0; c < row.length; c++) {
        row[c] = new Cell();
      }
      cells.add(row);
    }
    int start = Math.max(0, t.firstLine);
    for (int k = start; k < body.size() && (body.get(k).table == t || body.get(k).page == t.page); k++) {
      Line l = body.get(k);
      if (l.table != t) {
        continue;
      }
      int i = 0;
      int column = 1;
      while (i < l.text.length()) {
        float cy = l.ys[i] - 0.3f * l.sizes[i];
        int r = t.row(cy);
        int c = t.column(r, (l.xs[i] + l.ends[i]) / 2);
        int j = i + 1;
        while (j < l.text.length() && t.row(l.ys[j] - 0.3f * l.sizes[j]) == r
            && t.column(r, (l.xs[j] + l.ends[j]) / 2) == c
            && l.xs[j] >= l.xs[j - 1] - 0.5f && l.xs[j] - l.ends[j - 1] < 0.5f * l.sizes[j]
            && Math.abs(l.ys[j] - l.ys[j - 1]) <= 0.5f * l.sizes[j]) {
          j++; // a run goes on in one cell, on one printed line, left to right, with no gap a glyph fits in
        }
        Cell[] row = cells.get(r);
        row[Math.min(c, row.length - 1)].runs.add(new Run(l, i, j, column));
        column += Character.codePointCount(l.text, i, j);
        i = j;
      }
    }
    return cells;
  }

  /**
   * Whether a cell's text goes on from one line to the next without a space: when the last
   * character of the cell's text before, or the first after, is a wide one (Chinese text).
   */
  private static boolean joins(Run before, Run after) {
    int e = before.to;
    while (e > before.from && Character.isWhitespace(before.line.text.charAt(e - 1))) {
      e--;
    }
    return e == before.from || wide(before.line.text.charAt(e - 1)) || wide(after.line.text.charAt(after.from));
  }

  // ---- margins and the red header -------------------------------------------------------------

  /** Drops page numbers and running headers and footers: top and bottom 8% of the page. */
  private List<Line> removeHeadersAndFooters() {
    Map<String, Integer> repeated = new HashMap<>();
    for (List<Line> page : pages) {
      for (Line l : page) {
        if (inMargin(l) && l.table == null) {
          repeated.merge(key(l), 1, Integer::sum);
        }
      }
    }
    List<Line> body = new ArrayList<>();
    for (List<Line> page : pages) {
      for (Line l : page) {
        String t = l.text.toString();
        if (t.isBlank()) {
          continue;
        }
        if (inMargin(l) && l.table == null && (PAGE_NUMBER.matcher(t).matches() || (pages.size() > 1 && repeated.get(key(l)) >= 2))) {
          continue;
        }
        body.add(l);
      }
    }
    return body;
  }

  private static boolean inMargin(Line l) {
    return l.y < 0.08f * l.pageHeight || l.y > 0.92f * l.pageHeight;
  }

  private static String key(Line l) {
    return (l.y < 0.5f * l.pageHeight ? "top:" : "bottom:") + l.text.toString().replaceAll("\\d+", "#").strip();
  }

  /**
   * The brace form of a joint header (联合发文): the organs' names stacked one under the other at
   * the top of page 1, one 文件 beside them (set apart by a wide gap, in the text line of one of
   * the names or its own), and the 文号 line right below. The organs become the issuer ({@code
   * 中共蔡家坡街道工作委员会、蔡家坡街道办事处文件}, in order) and their lines are taken off; the 文号
   * line is left to {@link #redHeader}. Without a 文件 and at least two names, or without the 文号
   * line after them, nothing is taken.
   */
  private static void braceHeader(List<Line> body, DocumentText.Builder out) {
    List<String> organs = new ArrayList<>();
    boolean wenjian = false;
    int n = 0;
    for (; n < Math.min(6, body.size()); n++) {
      Line l = body.get(n);
      if (l.page != 1) {
        return;
      }
      List<Integer> parts = l.parts();
      List<String> names = new ArrayList<>();
      boolean lineWenjian = false;
      for (int p = 0; p < parts.size(); p++) {
        String t = l.text.substring(parts.get(p), p + 1 < parts.size() ? parts.get(p + 1) : l.text.length())
            .replace(" ", "").replace("\u3000", "");
        if (t.equals("文件")) {
          lineWenjian = true;
        } else if (isOrganName(t)) {
          names.add(t);
        } else {
          names = null;
          break;
        }
      }
      if (names == null) {
        break;
      }
      organs.addAll(names);
      wenjian |= lineWenjian;
    }
    if (!wenjian || organs.size() < 2 || n >= body.size()) {
      return;
    }
    Line numberLine = body.get(n);
    List<Integer> parts = numberLine.parts();
    String first = numberLine.text.substring(0, parts.size() > 1 ? parts.get(1) : numberLine.text.length()).strip();
    java.util.regex.Matcher signed = SIGNED.matcher(first);
    if (!DOCUMENT_NUMBER.matcher(first).matches()
        && !(signed.matches() && (signed.group(1).isBlank() || DOCUMENT_NUMBER.matcher(signed.group(1)).matches()))) {
      return;
    }
    out.metadata(DocumentText.ISSUER, String.join("、", organs) + "文件");
    body.subList(0, n).clear();
  }

  /** An organ's name in a brace header: 3 to 40 Chinese characters (brackets allowed), nothing else. */
  private static boolean isOrganName(String t) {
    if (t.length() < 3 || t.length() > 40) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 0x4E00 && c <= 0x9FFF) && "（）()".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The red header of page 1: the organ's 文件 line in the largest type, and the 文号, each a
   * line of its own or side by side in one line (a header set in two columns: the organ left,
   * the 文号 right).
   */
  private void redHeader(List<Line> body, DocumentText.Builder out) {
    braceHeader(body, out);
    StringBuilder issuers = new StringBuilder(); // the organs of a stacked joint header, in order
    float largest = 0;
    for (Line l : body) {
      largest = Math.max(largest, l.size());
    }
    for (int i = 0; i < Math.min(6, body.size()); i++) {
      Line l = body.get(i);
      if (l.page != 1) {
        break;
      }
      List<Integer> parts = l.parts();
      String issuer = null;
      String number = null;
      String signer = null;
      boolean all = true; // every part of the line is the organ or the 文号
      for (int p = 0; p < parts.size(); p++) {
        int from = parts.get(p);
        int to = p + 1 < parts.size() ? parts.get(p + 1) : l.text.length();
        String t = l.text.substring(from, to).strip();
        java.util.regex.Matcher signed = SIGNED.matcher(t);
        if (i == 0 && issuer == null && t.endsWith("文件") && l.modeSize(from, to) >= largest - 0.5f && body.size() > 1) {
          issuer = t.replace(" ", "");
        } else if (number == null && DOCUMENT_NUMBER.matcher(t).matches()) {
          number = t.replace(" ", "");
        } else if (signer == null && signed.matches()
            && (signed.group(1).isBlank() || (number == null && DOCUMENT_NUMBER.matcher(signed.group(1)).matches()))) {
          // the 签发人 alone, or the 文号 with the 签发人 beside it in one part
          number = signed.group(1).isBlank() ? number : signed.group(1).replace(" ", "");
          signer = signed.group(2);
        } else {
          all = false;
        }
      }
      if (!all) {
        continue; // not the header, which may still come
      }
      if (issuer != null) {
        // each line of a stacked joint header (联合发文) is the first line left: one organ each
        issuers.append(issuers.length() > 0 ? "、" : "").append(issuer);
        out.metadata(DocumentText.ISSUER, issuers.toString());
      }
      if (number != null) {
        out.metadata(DocumentText.DOCUMENT_NUMBER, number);
      }
      if (signer != null) {
        out.metadata(DocumentText.SIGNER, signer);
      }
      body.remove(i);
      i--;
      if (number != null) {
        break;
      }
    }
  }
}
