package org.civicplan.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.TextBlock;

/**
 * Lines of a PDF by position, and the paragraphs, headings and metadata made of them (see
 * {@link PdfReader}). One per read; not thread-safe.
 */
final class PdfLayout {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^\\s*(?:[-—–－]\\s*\\d+\\s*[-—–－]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|\\d+|"
          + "[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)\\s*$");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("^\\s*\\S{1,20}[〔\\[［﹝(（]\\s*\\d{4}\\s*[〕\\]］﹞)）]\\s*\\d+\\s*号\\s*$");

  static final class Line {
    final int page;
    final int number; // document line, 1-based
    float y;
    float x0 = Float.MAX_VALUE;
    float x1;
    final StringBuilder text = new StringBuilder();
    final List<Boolean> bold = new ArrayList<>();
    final List<Float> sizes = new ArrayList<>();
    float pageHeight;

    Line(int page, int number) {
      this.page = page;
      this.number = number;
    }

    float size() {
      Map<Float, Integer> counts = new HashMap<>();
      float best = 0;
      int bestCount = 0;
      for (float s : sizes) {
        float r = Math.round(s * 2) / 2f;
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
          if (!bold.get(i)) {
            return false;
          }
          any = true;
        }
      }
      return any;
    }
  }

  private final List<List<Line>> pages = new ArrayList<>();
  private int lineCount;
  private final Map<Integer, Integer> pageFirstLine = new TreeMap<>();

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

    Stripper() throws IOException {
      super();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      pageFirstLine.put(pages.size(), lineCount + 1);
      height = page.getMediaBox().getHeight();
      line = null;
      super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition t : positions) {
        if (line == null) {
          lineCount++;
          line = new Line(pages.size(), lineCount);
          line.y = t.getYDirAdj();
          line.pageHeight = height;
          pages.get(pages.size() - 1).add(line);
        }
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) {
          continue;
        }
        boolean b = isBold(t.getFont());
        for (int i = 0; i < u.length(); i++) {
          char c = u.charAt(i);
          if (Character.isISOControl(c)) {
            continue;
          }
          line.text.append(c);
          line.bold.add(b);
          line.sizes.add(t.getFontSizeInPt());
        }
        line.x0 = Math.min(line.x0, t.getXDirAdj());
        line.x1 = Math.max(line.x1, t.getXDirAdj() + t.getWidthDirAdj());
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
    for (int p = 1; p <= pages.size(); p++) {
      out.page(Math.max(1, pageFirstLine.getOrDefault(p, lineCount + 1)));
    }
    List<Line> body = removeHeadersAndFooters();
    redHeader(body, out);
    if (body.isEmpty()) {
      return out.build();
    }
    float bodySize = mostCommonSize(body);
    float left = Float.MAX_VALUE;
    Map<Integer, Integer> rightCounts = new HashMap<>();
    for (Line l : body) {
      if (Math.abs(l.size() - bodySize) < 0.5f) {
        left = Math.min(left, l.x0);
        rightCounts.merge(Math.round(l.x1), 1, Integer::sum);
      }
    }
    float right = rightCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(0f);
    // heading sizes: larger than the body, largest first
    List<Float> headingSizes = new ArrayList<>();
    for (Line l : body) {
      float s = l.size();
      if (s > bodySize + 0.5f && headingSizes.stream().noneMatch(h -> Math.abs(h - s) < 0.5f)) {
        headingSizes.add(s);
      }
    }
    headingSizes.sort((a, b) -> Float.compare(b, a));

    List<Line> para = new ArrayList<>();
    Line prev = null;
    for (Line l : body) {
      boolean newParagraph = prev == null
          || Math.abs(l.size() - prev.size()) >= 0.5f
          || prev.x1 < right - 1.5f * prev.size()
          || l.x0 > left + 0.8f * l.size()
          || (l.page == prev.page && l.y - prev.y > 1.9f * l.size())
          || prev.size() > bodySize + 0.5f;
      if (newParagraph && !para.isEmpty()) {
        out.add(block(para, bodySize, headingSizes, right));
        para.clear();
      }
      para.add(l);
      prev = l;
    }
    if (!para.isEmpty()) {
      out.add(block(para, bodySize, headingSizes, right));
    }
    return out.build();
  }

  private TextBlock block(List<Line> lines, float bodySize, List<Float> headingSizes, float right) {
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
      int column = 1;
      for (int i = 0; i < l.text.length(); i++) {
        char c = l.text.charAt(i);
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(l.text.charAt(i - 1))) {
          b.append(String.valueOf(c), l.bold.get(i), l.number, column - 1);
          continue;
        }
        b.append(String.valueOf(c), l.bold.get(i), l.number, column);
        column++;
      }
    }
    return b.build();
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
      counts.merge(l.size(), l.text.length(), Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12f);
  }

  /** Drops page numbers and running headers and footers: top and bottom 8% of the page. */
  private List<Line> removeHeadersAndFooters() {
    Map<String, Integer> repeated = new HashMap<>();
    for (List<Line> page : pages) {
      for (Line l : page) {
        if (inMargin(l)) {
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
        if (inMargin(l) && (PAGE_NUMBER.matcher(t).matches() || (pages.size() > 1 && repeated.get(key(l)) >= 2))) {
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

  /** The red header of page 1: the organ's 文件 line in the largest type, and the 文号. */
  private void redHeader(List<Line> body, DocumentText.Builder out) {
    float largest = 0;
    for (Line l : body) {
      largest = Math.max(largest, l.size());
    }
    for (int i = 0; i < Math.min(6, body.size()); i++) {
      Line l = body.get(i);
      if (l.page != 1) {
        break;
      }
      String t = l.text.toString().strip();
      if (i == 0 && t.endsWith("文件") && l.size() >= largest - 0.5f && body.size() > 1) {
        out.metadata(DocumentText.ISSUER, t.replace(" ", ""));
        body.remove(i);
        i--;
      } else if (DOCUMENT_NUMBER.matcher(t).matches()) {
        out.metadata(DocumentText.DOCUMENT_NUMBER, t.replace(" ", ""));
        body.remove(i);
        break;
      }
    }
  }
}
