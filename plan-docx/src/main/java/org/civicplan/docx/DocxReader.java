package org.civicplan.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads Word 2007+ documents ({@code .docx}, WordprocessingML) for {@link
 * org.civicplan.io.document.PlanDocuments}: found through {@link java.util.ServiceLoader}, so
 * having this module on the class path is all it takes.
 *
 * <pre>{@code
 * ImportResult result = PlanDocuments.create().read(Path.of("2024年工作计划.docx"));
 * }</pre>
 *
 * <p>What it reads: the body's paragraphs and tables in order (content controls and custom XML
 * opened); Word's automatic numbering computed as Word shows it ({@link WordNumbering}) and put
 * before the paragraph's text; headings from the paragraph style's outline level or its name
 * ({@code 标题 1}–{@code 标题 9}, {@code heading 1}–{@code 9}, {@code Title}); bold from the run
 * or its character style (a paragraph style's own bold is its look, not a lead-in); manual line
 * breaks; tracked changes as accepted (insertions and moves kept, deletions dropped); fields by
 * their shown result, not their code; text boxes after the paragraph that anchors them;
 * footnotes and endnotes kept as the plan's metadata ({@code footnote.N}); the core properties'
 * title as metadata. Left out on purpose, and reported as omissions: comments, headers and
 * footers (page numbers, the running title), hidden text.
 *
 * <p>Locations ({@link LocationKind#PARAGRAPH}): line = the paragraph's 1-based number in reading
 * order (every body paragraph, each paragraph of a table cell and of a text box counted),
 * column = the 1-based character in the paragraph as Word shows it, automatic label included.
 *
 * <p>Limits: before POI opens the package, one streaming pass inflates every entry and counts its
 * bytes, without keeping them: a part over {@value #MAX_ENTRY_BYTES} bytes unzipped, or a package
 * over {@value #MAX_PACKAGE_BYTES} bytes unzipped in all, is refused ("解压后过大"), because POI
 * holds every part of a package read from a stream in memory and the main part is then parsed into
 * a DOM (about 15 bytes of heap per byte of XML). Within these limits a document reads in the
 * documented heap of {@link org.civicplan.io.document.PlanDocuments#DEFAULT_LIMITS_HEAP_BYTES}. POI's
 * own zip-bomb guards are on for every read as well (a part may not inflate more than 100× its
 * compressed size, that is POI's minimum inflate ratio 0.01, nor exceed 256 MiB; these are POI's
 * process-wide settings, made at least this strict when this class loads); XML is parsed with DTDs
 * refused (no external entities, no entity expansion).
 *
 * <p>Thread-safe: one instance serves any number of reads at once.
 */
public final class DocxReader implements DocumentReader {
  /** The largest part (unzipped entry) of a document accepted: 64 MiB. */
  public static final long MAX_ENTRY_BYTES = 64L << 20;

  /** The most bytes a whole package may unzip to, all its parts together: 128 MiB. */
  public static final long MAX_PACKAGE_BYTES = 128L << 20;

  /** POI's process-wide entry limit, a second guard behind {@link #MAX_ENTRY_BYTES}. */
  private static final long POI_MAX_ENTRY_BYTES = 256L << 20;

  private static final String FOOTNOTES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
  private static final String ENDNOTES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";
  private static final String COMMENTS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
  private static final String HEADER =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
  private static final String FOOTER =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
  private static final String STYLES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
  private static final String NUMBERING =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";

  static {
    guards();
  }

  /** Turns POI's zip-bomb guards on, at least as strict as this reader needs. */
  static void guards() {
    if (ZipSecureFile.getMinInflateRatio() < 0.01) {
      ZipSecureFile.setMinInflateRatio(0.01);
    }
    if (ZipSecureFile.getMaxEntrySize() > POI_MAX_ENTRY_BYTES) {
      ZipSecureFile.setMaxEntrySize(POI_MAX_ENTRY_BYTES);
    }
  }

  /** Creates the reader; {@link java.util.ServiceLoader} does this. */
  public DocxReader() {}

  @Override
  public String formatName() {
    return "Word (.docx)";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx", "docm");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Override
  public DocumentText read(InputStream in, ReadContext context) throws IOException {
    guards();
    byte[] bytes = in.readAllBytes(); // bounded: PlanDocuments gives at most maxInputBytes
    checkUnzippedSize(bytes, context);
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException | RuntimeException e) {
      throw new PlanFormatException(
          "不是可读的 Word 文档 (not a readable .docx: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    }
    try {
      PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (main.size() == 0) {
        throw new PlanFormatException("不是 Word 文档：没有正文部分 (not a .docx: no main document part)",
            context.sourceName(), 0, 0, null, null);
      }
      PackagePart body = pkg.getPart(main.getRelationship(0));
      if (body == null) {
        throw new PlanFormatException("不是 Word 文档：正文部分缺失 (not a .docx: the main part is missing)",
            context.sourceName(), 0, 0, null, null);
      }
      DocumentText.Builder out = DocumentText.builder(LocationKind.PARAGRAPH);
      String title = pkg.getPackageProperties().getTitleProperty().orElse(null);
      out.metadata(DocumentText.TITLE, title);
      WordStyles styles = new WordStyles(parse(related(body, STYLES), context));
      WordNumbering numbering = new WordNumbering(parse(related(body, NUMBERING), context));
      Document doc = parse(body, context);
      new Walk(styles, numbering, out).body(Ooxml.child(doc.getDocumentElement(), "body"));
      notes(related(body, FOOTNOTES), "footnote", context, out);
      notes(related(body, ENDNOTES), "endnote", context, out);
      omitted(body, COMMENTS, "批注未读入 (comments left out)", out);
      omitted(body, HEADER, "页眉未读入 (page headers left out)", out);
      omitted(body, FOOTER, "页脚（含页码）未读入 (page footers and page numbers left out)", out);
      return out.build();
    } catch (InvalidFormatException e) {
      throw new PlanFormatException("不是可读的 Word 文档 (not a readable .docx: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    } finally {
      pkg.revert(); // opened read-only from a stream: nothing to save
    }
  }

  /**
   * Inflates every entry once, counting and dropping its bytes, and refuses a part over {@link
   * #MAX_ENTRY_BYTES} or a package over {@link #MAX_PACKAGE_BYTES} unzipped. Linear in the
   * unzipped size up to the limit, with one 64 KiB buffer.
   */
  static void checkUnzippedSize(byte[] bytes, ReadContext context) throws PlanFormatException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        long entry = 0;
        for (int n; (n = zip.read(buffer)) > 0; ) {
          entry += n;
          total += n;
          if (entry > MAX_ENTRY_BYTES || total > MAX_PACKAGE_BYTES) {
            throw new PlanFormatException(
                "Word 文档解压后过大 (the .docx unzips to too much: "
                    + (entry > MAX_ENTRY_BYTES
                        ? "part " + e.getName() + " is over " + MAX_ENTRY_BYTES + " bytes"
                        : "its parts together are over " + MAX_PACKAGE_BYTES + " bytes")
                    + " unzipped, the most DocxReader reads within the documented heap; "
                    + "a real plan is far smaller: check the file)",
                context.sourceName(), 0, 0, null, null);
          }
        }
      }
    } catch (PlanFormatException e) {
      throw e;
    } catch (ZipException e) {
      throw new PlanFormatException(
          "不是可读的 Word 文档 (not a readable .docx: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    } catch (IOException e) {
      throw new PlanFormatException(
          "不是可读的 Word 文档 (not a readable .docx: " + e + ")",
          context.sourceName(), 0, 0, null, e);
    }
  }

  private static PackagePart related(PackagePart body, String type) throws InvalidFormatException {
    PackageRelationshipCollection rels = body.getRelationshipsByType(type);
    if (rels.size() == 0) {
      return null;
    }
    return body.getRelatedPart(rels.getRelationship(0));
  }

  private static void omitted(PackagePart body, String type, String note, DocumentText.Builder out)
      throws InvalidFormatException {
    if (body.getRelationshipsByType(type).size() > 0) {
      out.omitted(note);
    }
  }

  private static Document parse(PackagePart part, ReadContext context) throws IOException {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return SafeXml.parse(in);
    } catch (SAXException e) {
      throw new PlanFormatException(
          "Word 文档的 " + part.getPartName().getName() + " 不是可读的 XML (part "
              + part.getPartName().getName() + " is not readable XML: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    }
  }

  private static void notes(PackagePart part, String kind, ReadContext context, DocumentText.Builder out)
      throws IOException {
    Document d = parse(part, context);
    if (d == null) {
      return;
    }
    for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !(Ooxml.is(e, "footnote") || Ooxml.is(e, "endnote"))) {
        continue;
      }
      String type = Ooxml.attr(e, "type");
      if (type != null && !type.equals("normal")) {
        continue; // the separator and continuation marks Word keeps as notes
      }
      String text = e.getTextContent().strip();
      out.metadata(kind + "." + Ooxml.attr(e, "id"), text);
    }
  }

  /** One walk over a document body; not thread-safe. */
  static final class Walk {
    private final WordStyles styles;
    private final WordNumbering numbering;
    private final DocumentText.Builder out;
    private int paragraph;
    private int fieldDepth;
    private boolean inFieldCode;
    private final List<Element> textBoxes = new ArrayList<>();

    Walk(WordStyles styles, WordNumbering numbering, DocumentText.Builder out) {
      this.styles = styles;
      this.numbering = numbering;
      this.out = out;
    }

    void body(Element body) {
      if (body != null) {
        blocks(body);
      }
    }

    private void blocks(Element parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (Ooxml.is(n, "p")) {
          paragraphBlock((Element) n);
        } else if (Ooxml.is(n, "tbl")) {
          out.add(table((Element) n));
        } else if (Ooxml.is(n, "sdt")) {
          Element content = Ooxml.child((Element) n, "sdtContent");
          if (content != null) {
            blocks(content);
          }
        } else if (Ooxml.is(n, "customXml") || Ooxml.is(n, "ins") || Ooxml.is(n, "moveTo")) {
          blocks((Element) n);
        }
      }
    }

    private void paragraphBlock(Element p) {
      Element pPr = Ooxml.child(p, "pPr");
      String style = styles.paragraphStyle(Ooxml.val(Ooxml.child(pPr, "pStyle")));
      Element outline = Ooxml.child(pPr, "outlineLvl");
      int level = outline != null ? outlineLevel(outline) : styles.headingLevel(style);
      TextBlock.Builder b = level > 0 ? TextBlock.heading(level) : TextBlock.paragraph();
      paragraph(p, style, b);
      out.add(b.build());
      flushTextBoxes();
    }

    private static int outlineLevel(Element outline) {
      int lvl = Ooxml.intVal(outline, 9);
      return lvl >= 0 && lvl < 9 ? lvl + 1 : 0;
    }

    private void flushTextBoxes() {
      while (!textBoxes.isEmpty()) {
        List<Element> boxes = new ArrayList<>(textBoxes);
        textBoxes.clear();
        for (Element box : boxes) {
          blocks(box);
        }
      }
    }

    /** Appends one paragraph's label and text to {@code b}, as the next paragraph. */
    private void paragraph(Element p, String style, TextBlock.Builder b) {
      paragraph++;
      Element pPr = Ooxml.child(p, "pPr");
      Element numPr = Ooxml.child(pPr, "numPr");
      boolean fromStyle = numPr == null;
      if (fromStyle) {
        numPr = styles.numPr(style);
      }
      int column = 1;
      if (numPr != null) {
        String numId = Ooxml.val(Ooxml.child(numPr, "numId"));
        Element ilvl = Ooxml.child(numPr, "ilvl");
        int lvl = ilvl != null ? Ooxml.intVal(ilvl, 0) : fromStyle ? numbering.levelOfStyle(numId, style) : 0;
        String label = numbering.next(numId, lvl);
        if (label != null && !label.isEmpty()) {
          b.append(label, paragraph, column);
          column += label.codePointCount(0, label.length());
        }
      }
      cursor = column;
      inline(p, b);
    }

    private int cursor;

    private void inline(Element parent, TextBlock.Builder b) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        String name = e.getLocalName();
        if (Ooxml.MC.equals(e.getNamespaceURI())) {
          if (name.equals("AlternateContent")) {
            // the first choice is what a current Word shows; the fallback repeats it
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
              if (c instanceof Element ce && Ooxml.MC.equals(ce.getNamespaceURI())) {
                inline(ce, b);
                break;
              }
            }
          }
          continue;
        }
        if (!Ooxml.W.equals(e.getNamespaceURI())) {
          findTextBoxes(e);
          continue;
        }
        switch (name) {
          case "r" -> run(e, b);
          case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir" -> inline(e, b);
          case "sdt" -> {
            Element content = Ooxml.child(e, "sdtContent");
            if (content != null) {
              inline(content, b);
            }
          }
          default -> { } // w:del, w:moveFrom (deleted), w:pPr, bookmarks, proofing marks
        }
      }
    }

    private void findTextBoxes(Element e) {
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c) {
          if (Ooxml.is(c, "txbxContent")) {
            textBoxes.add(c);
          } else {
            findTextBoxes(c);
          }
        }
      }
    }

    private void run(Element r, TextBlock.Builder b) {
      Element rPr = Ooxml.child(r, "rPr");
      if (Boolean.TRUE.equals(Ooxml.onOff(Ooxml.child(rPr, "vanish")))) {
        return; // hidden text
      }
      Boolean bold = Ooxml.onOff(Ooxml.child(rPr, "b"));
      if (bold == null) {
        bold = styles.bold(Ooxml.val(Ooxml.child(rPr, "rStyle")));
      }
      boolean isBold = Boolean.TRUE.equals(bold);
      for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        if (!Ooxml.W.equals(e.getNamespaceURI())) {
          if (Ooxml.MC.equals(e.getNamespaceURI())) {
            findTextBoxes(e);
          }
          continue;
        }
        switch (e.getLocalName()) {
          case "t" -> {
            if (!inFieldCode) {
              text(e.getTextContent(), isBold, b);
            }
          }
          case "tab", "ptab" -> text("\t", isBold, b);
          case "br" -> {
            String type = Ooxml.attr(e, "type");
            if (type == null || type.equals("textWrapping")) {
              b.lineBreak();
            }
          }
          case "cr" -> b.lineBreak();
          case "noBreakHyphen" -> text("-", isBold, b);
          case "sym" -> {
            String code = Ooxml.attr(e, "char");
            if (code != null) {
              try {
                int c = Integer.parseInt(code, 16);
                if (c >= 0xF000 && c <= 0xF0FF) {
                  c -= 0xF000; // a symbol-font code point
                }
                if (c >= 0x20) {
                  text(new String(Character.toChars(c)), isBold, b);
                }
              } catch (IllegalArgumentException ignored) {
                // not a character: shown as nothing, as Word does with a broken w:sym
              }
            }
          }
          case "fldChar" -> {
            String type = Ooxml.attr(e, "fldCharType");
            if ("begin".equals(type)) {
              fieldDepth++;
              inFieldCode = true;
            } else if ("separate".equals(type)) {
              inFieldCode = false;
            } else if ("end".equals(type)) {
              fieldDepth = Math.max(0, fieldDepth - 1);
              inFieldCode = false;
            }
          }
          case "drawing", "pict", "object" -> findTextBoxes(e);
          default -> { } // w:delText, w:instrText, w:footnoteReference, w:rPr, …
        }
      }
    }

    private void text(String s, boolean bold, TextBlock.Builder b) {
      if (s.isEmpty()) {
        return;
      }
      b.append(s, bold, paragraph, cursor);
      cursor += s.codePointCount(0, s.length());
    }

    private TextBlock table(Element tbl) {
      List<List<TextBlock>> rows = new ArrayList<>();
      for (Element tr : Ooxml.children(tbl, "tr")) {
        List<TextBlock> cells = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
          Element tc = null;
          if (Ooxml.is(n, "tc")) {
            tc = (Element) n;
          } else if (Ooxml.is(n, "sdt")) {
            tc = Ooxml.child(Ooxml.child((Element) n, "sdtContent"), "tc");
          }
          if (tc == null) {
            continue;
          }
          TextBlock.Builder cell = TextBlock.paragraph();
          cellParagraphs(tc, cell, new boolean[] {true});
          cells.add(cell.build());
        }
        rows.add(cells);
      }
      return TextBlock.table(rows);
    }

    private void cellParagraphs(Element parent, TextBlock.Builder cell, boolean[] first) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (Ooxml.is(n, "p")) {
          if (!first[0]) {
            cell.lineBreak();
          }
          first[0] = false;
          Element pPr = Ooxml.child((Element) n, "pPr");
          paragraph((Element) n, styles.paragraphStyle(Ooxml.val(Ooxml.child(pPr, "pStyle"))), cell);
        } else if (Ooxml.is(n, "tbl")) {
          for (Element tr : Ooxml.children((Element) n, "tr")) {
            for (Element tc : Ooxml.children(tr, "tc")) {
              cellParagraphs(tc, cell, first); // a nested table's text, in reading order
            }
          }
        } else if (Ooxml.is(n, "sdt")) {
          Element content = Ooxml.child((Element) n, "sdtContent");
          if (content != null) {
            cellParagraphs(content, cell, first);
          }
        }
      }
      textBoxes.clear(); // a text box inside a cell stays out of the table's cells
    }
  }
}
