package org.civicplan.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;

/**
 * Reads Word 97–2003 documents ({@code .doc}, still common on government sites) with POI's HWPF,
 * for {@link org.civicplan.io.document.PlanDocuments}; found through {@link
 * java.util.ServiceLoader}.
 *
 * <pre>{@code
 * ImportResult result = PlanDocuments.create().read(Path.of("2024年工作计划.doc"));
 * }</pre>
 *
 * <p>What it reads: the main text's paragraphs and tables; headings from the paragraph style's
 * name ({@code 标题 1}, {@code heading 1}, …) or the paragraph's outline level; bold runs;
 * manual line breaks (U+000B); fields by their shown result. Typed labels ({@code 一、}) are
 * text and read as such; automatic list labels, which a .doc does not hold as text, are computed
 * from the list tables HWPF exposes ({@link DocLists}: the list instance and level of each
 * paragraph, each level's number format, number text, start, restart and follower, the
 * instances' start overrides) with the counting the .docx reader uses, and put before the
 * paragraph's text. A numbered paragraph whose list the file does not define gets no label, and
 * the document an omission note. Headers, footers, comments and footnotes are left out.
 *
 * <p>Locations ({@link LocationKind#PARAGRAPH}): line = the 1-based paragraph number of the main
 * text (table-cell paragraphs counted), column = the 1-based character in it.
 *
 * <p>Limits: the input is bounded by {@link ReadContext#maxInputBytes()}, and the OLE2 container
 * is read by POI from memory. Thread-safe.
 */
public final class DocReader implements DocumentReader {
  private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");

  /** Creates the reader; {@link java.util.ServiceLoader} does this. */
  public DocReader() {}

  @Override
  public String formatName() {
    return "Word 97-2003 (.doc)";
  }

  @Override
  public List<String> extensions() {
    return List.of("doc");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/msword");
  }

  @Override
  public DocumentText read(InputStream in, ReadContext context) throws IOException {
    HWPFDocument doc;
    try {
      doc = new HWPFDocument(in);
    } catch (IOException | RuntimeException e) {
      throw new PlanFormatException(
          "不是可读的 Word 97-2003 文档 (not a readable .doc: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    }
    DocumentText.Builder out = DocumentText.builder(LocationKind.PARAGRAPH);
    Range range = doc.getRange();
    int count = range.numParagraphs();
    int paragraphNo = 0;
    DocLists lists = new DocLists(doc);
    for (int i = 0; i < count; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table;
        try {
          table = range.getTable(p);
        } catch (IllegalArgumentException notAtStart) {
          continue;
        }
        List<List<TextBlock>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
          TableRow row = table.getRow(r);
          List<TextBlock> cells = new ArrayList<>();
          for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            TextBlock.Builder b = TextBlock.paragraph();
            for (int k = 0; k < cell.numParagraphs(); k++) {
              paragraphNo++;
              if (k > 0) {
                b.lineBreak();
              }
              Paragraph cp = cell.getParagraph(k);
              runs(cp, paragraphNo, label(lists, cp, paragraphNo, b), b);
            }
            cells.add(b.build());
          }
          rows.add(cells);
        }
        out.add(TextBlock.table(rows));
        // skip the table's paragraphs (cell paragraphs plus each row's end mark)
        int end = table.getEndOffset();
        while (i + 1 < count && range.getParagraph(i + 1).getStartOffset() < end) {
          i++;
        }
        continue;
      }
      paragraphNo++;
      int level = headingLevel(doc, p);
      TextBlock.Builder b = level > 0 ? TextBlock.heading(level) : TextBlock.paragraph();
      runs(p, paragraphNo, label(lists, p, paragraphNo, b), b);
      out.add(b.build());
    }
    if (lists.unresolved()) {
      out.omitted("部分自动编号未计算：文档未定义其列表 (some automatic list labels were not computed: "
          + "their list is not defined in the document)");
    }
    if (doc.getHeaderStoryRange() != null && doc.getHeaderStoryRange().text().strip().length() > 0) {
      out.omitted("页眉、页脚未读入 (page headers and footers left out)");
    }
    return out.build();
  }

  private static int headingLevel(HWPFDocument doc, Paragraph p) {
    StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
    if (style != null && style.getName() != null) {
      String name = style.getName().toLowerCase(Locale.ROOT);
      Matcher m = HEADING_NAME.matcher(name);
      if (m.lookingAt()) {
        return m.group(1).charAt(0) - '0';
      }
      if (name.equals("title") || name.equals("标题")) {
        return 1;
      }
    }
    int lvl = p.getLvl();
    return lvl >= 0 && lvl < 9 ? lvl + 1 : 0;
  }

  /**
   * Appends a paragraph's automatic label, if it has one.
   *
   * @return the column the paragraph's own text starts at
   */
  private static int label(DocLists lists, Paragraph p, int line, TextBlock.Builder b) {
    String label = lists.next(p);
    if (label == null || label.isEmpty()) {
      return 1;
    }
    b.append(label, line, 1);
    return 1 + label.codePointCount(0, label.length());
  }

  /** Appends a paragraph's runs: field codes left out, results kept; control marks dropped. */
  private static void runs(Paragraph p, int line, int firstColumn, TextBlock.Builder b) {
    int column = firstColumn;
    int fieldDepth = 0;
    boolean inCode = false;
    for (int r = 0; r < p.numCharacterRuns(); r++) {
      CharacterRun run = p.getCharacterRun(r);
      if (run.isVanished() || run.isMarkedDeleted()) {
        continue;
      }
      String t = run.text();
      boolean bold = run.isBold();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        switch (c) {
          case 0x13 -> {
            fieldDepth++;
            inCode = true;
          }
          case 0x14 -> inCode = false;
          case 0x15 -> {
            fieldDepth = Math.max(0, fieldDepth - 1);
            inCode = false;
          }
          case 0x0B -> b.lineBreak();
          case '\r', 0x07, 0x0C, 0x01, 0x08, 0x05, 0x02 -> { } // paragraph, cell, page marks, objects
          default -> {
            if (!inCode) {
              if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1))) {
                b.append(String.valueOf(c), bold, line, column - 1);
              } else {
                b.append(String.valueOf(c), bold, line, column);
                column++;
              }
            }
          }
        }
      }
    }
  }
}
