package org.civicplan.pdf.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets generated text as a PDF the way a word processor prints an official document, with
 * PDFBox and the subset of WenQuanYi Micro Hei in the test resources ({@value #FONT}): A4 (or
 * another page size); margins of 72 pt left and right and a tenth of the page (at least 72 pt)
 * top and bottom; body text at {@value #BODY} pt, each paragraph with a first-line indent of two
 * characters and half a line of space after it; lines broken at the right margin (Chinese
 * anywhere, Latin words at spaces) and justified; headings larger; bold lead-ins in a bold face
 * (the same glyphs, declared weight 700, as a producer declares a bold face); a {@code - n -}
 * page number in the footer of every page. For the property tests of plan-pdf and the PDF
 * benchmark of plan-bench.
 *
 * <pre>{@code
 * byte[] pdf = GeneratedPdf.a4().heading(1, "示范街道 2024 年工作计划")
 *     .paragraph("一是优化营商环境。", "完成9处精品小区建设。").save();
 * }</pre>
 *
 * <p>Not thread-safe; one per document.
 */
public final class GeneratedPdf {
  /** The font's class-path resource: WenQuanYi Micro Hei, subset (Apache-2.0; see the resources README). */
  public static final String FONT = "/fonts/wqy-microhei-subset.ttf";
  /** Body text size, pt (五号 is 10.5 pt). */
  public static final float BODY = 10.5f;

  private static final float MARGIN = 72;
  private static final float[] HEADING = {16, 14, 12, 11.5f};
  private static final byte[] FONT_BYTES = fontBytes();
  private static final CmapLookup CMAP = cmap();

  private final PDDocument doc = new PDDocument();
  private final PDRectangle size;
  private final float vertical; // top and bottom margin: a tenth of the page, at least 72 pt
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final Map<Integer, Float> boldWidths = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream out;
  private float y;

  private GeneratedPdf(PDRectangle size) {
    this.size = size;
    this.vertical = Math.max(MARGIN, size.getHeight() / 10);
    try {
      regular = PDType0Font.load(doc, new ByteArrayInputStream(FONT_BYTES), true);
      bold = PDType0Font.load(doc, new ByteArrayInputStream(FONT_BYTES), true);
      bold.getFontDescriptor().setFontWeight(700);
      bold.getFontDescriptor().setForceBold(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a document of A4 pages */
  public static GeneratedPdf a4() {
    return new GeneratedPdf(PDRectangle.A4);
  }

  /**
   * @param size the page size, such as {@link PDRectangle#A3}
   * @return a document of pages of that size
   */
  public static GeneratedPdf of(PDRectangle size) {
    return new GeneratedPdf(Objects.requireNonNull(size, "size"));
  }

  /**
   * @param codePoint a character
   * @return whether the font has a glyph for it (what {@link #paragraph} can set)
   */
  public static boolean canSet(int codePoint) {
    return CMAP.getGlyphId(codePoint) != 0;
  }

  /**
   * Sets a heading, left-aligned, larger than the body: level 1 at 16 pt down to level 4 at 11.5 pt.
   *
   * @param level 1 to 4
   * @param text the heading
   * @return this
   */
  public GeneratedPdf heading(int level, String text) {
    set("", text, HEADING[Math.max(1, Math.min(4, level)) - 1], 0);
    return this;
  }

  /**
   * Sets a paragraph of body text, its first line indented by two characters.
   *
   * @param boldLeadIn the bold start of the paragraph (such as {@code 一是优化营商环境。}), or ""
   * @param text the rest
   * @return this
   */
  public GeneratedPdf paragraph(String boldLeadIn, String text) {
    set(boldLeadIn, text, BODY, 2 * BODY);
    y -= BODY / 2; // space after the paragraph (段后 0.5 行)
    return this;
  }

  /**
   * Sets one line of cells without ruling lines, as a table printed without borders is: each
   * cell at its left edge, in points from the left margin, not broken (a cell wider than its
   * column runs on, as a careless layout does).
   *
   * @param columns each cell's left edge from the left margin, pt
   * @param cells the cells' texts, "" for an empty cell
   * @return this
   */
  public GeneratedPdf row(float[] columns, String... cells) {
    float leading = 1.5f * BODY;
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        line(cells[c], 0, cells[c].length(), 0, MARGIN + columns[c], BODY, c == 0 ? leading : 0, 0);
      } else if (c == 0) {
        line(" ", 0, 1, 0, MARGIN, BODY, leading, 0);
      }
    }
    return this;
  }

  /** @return the PDF's bytes; the document is closed */
  public byte[] save() {
    try (doc) {
      if (out != null) {
        out.close();
      }
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          String number = "- " + (i + 1) + " -";
          footer.beginText();
          footer.setFont(regular, BODY);
          footer.setCharacterSpacing(0);
          footer.newLineAtOffset((size.getWidth() - width(number, false, BODY)) / 2, vertical / 2);
          footer.showText(number);
          footer.endText();
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Breaks the text into lines at the right margin and sets them, starting pages as needed. */
  private void set(String lead, String text, float points, float indent) {
    String all = lead + text;
    float leading = 1.5f * points;
    float right = size.getWidth() - MARGIN;
    int i = 0;
    boolean first = true;
    while (i < all.length()) {
      float x = MARGIN + (first ? indent : 0);
      int end = i;
      float w = 0;
      while (end < all.length()) {
        int cp = all.codePointAt(end);
        float cw = width(cp, end < lead.length(), points);
        if (end > i && x + w + cw > right) {
          break;
        }
        w += cw;
        end += Character.charCount(cp);
      }
      int next = end;
      if (end < all.length() && !breaksBetween(all, end)) {
        // as a word processor: Latin words are not broken, unless one is longer than the line
        for (int k = end - 1; k > i; k--) {
          if (breaksBetween(all, k)) {
            end = k;
            next = k;
            break;
          }
        }
      }
      int last = end;
      while (last > i && next < all.length() && all.charAt(last - 1) == ' ') {
        last--; // the spaces a line breaks at are not set
      }
      while (next < all.length() && all.charAt(next) == ' ') {
        next++;
      }
      if (last > i) {
        // justified (两端对齐), as official documents are set: every line but a paragraph's last
        // reaches the right margin
        float spacing = 0;
        int glyphs = all.codePointCount(i, last);
        if (next < all.length() && glyphs > 1) {
          float used = 0;
          for (int k = i; k < last; k += Character.charCount(all.codePointAt(k))) {
            used += width(all.codePointAt(k), k < lead.length(), points);
          }
          spacing = Math.max(0, (right - x - used) / (glyphs - 1));
        }
        line(all, i, last, lead.length(), x, points, leading, spacing);
      }
      i = next;
      first = false;
    }
  }

  /** Whether a line may break before {@code at}: beside a Chinese character or at a space. */
  private static boolean breaksBetween(String s, int at) {
    char before = s.charAt(at - 1);
    char after = s.charAt(at);
    if (Character.isLowSurrogate(after)) {
      return false;
    }
    return before >= 0x2E80 || after >= 0x2E80 || before == ' ' || after == ' ';
  }

  private void line(String all, int from, int to, int boldEnd, float x, float points, float leading, float spacing) {
    try {
      if (out == null || y - leading < vertical) {
        if (out != null) {
          out.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = size.getHeight() - vertical;
      }
      y -= leading;
      out.beginText();
      out.setCharacterSpacing(spacing);
      out.newLineAtOffset(x, y);
      int at = from;
      while (at < to) {
        boolean b = at < boldEnd;
        int stop = b ? Math.min(to, boldEnd) : to;
        out.setFont(b ? bold : regular, points);
        out.showText(all.substring(at, stop));
        at = stop;
      }
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(String s, boolean isBold, float points) {
    float w = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      w += width(s.codePointAt(i), isBold, points);
    }
    return w;
  }

  private float width(int cp, boolean isBold, float points) {
    Map<Integer, Float> cache = isBold ? boldWidths : widths;
    Float em = cache.get(cp);
    if (em == null) {
      try {
        em = (isBold ? bold : regular).getStringWidth(new String(Character.toChars(cp))) / 1000f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cache.put(cp, em);
    }
    return em * points;
  }

  private static byte[] fontBytes() {
    try (InputStream in = GeneratedPdf.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("the test font " + FONT + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CmapLookup cmap() {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
      return font.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
