package org.civicplan.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;

/**
 * Reads PDF documents with a text layer ({@code .pdf}) for {@link
 * org.civicplan.io.document.PlanDocuments}, with Apache PDFBox; found through {@link
 * java.util.ServiceLoader}.
 *
 * <pre>{@code
 * ImportResult result = PlanDocuments.create().read(Path.of("2024年工作计划.pdf"));
 * result.plan().extensions().get(PlanDocuments.METADATA_EXTENSION + "documentNumber"); // 江苏委〔2024〕1号
 * }</pre>
 *
 * <p>Text is taken by position ({@link PdfLayout}): lines are joined into paragraphs (a line that
 * runs to the right margin continues, a wider gap, an indented line or a change of size starts
 * a new one; Chinese lines join without a space), across pages too; headings are the lines set
 * larger than the body text (levels by size, largest first) or a lone bold line at body size;
 * page headers, footers and page numbers ({@code - 3 -}, {@code 第 3 页 共 9 页}, {@code 3 / 9},
 * and a text repeated at the same place on several pages) are removed; the red header of an
 * official document (文件头, the organ's name ending in 文件 in the largest type on page 1) and
 * its 文号 ({@code 江苏委〔2024〕1号}) become metadata ({@code issuer}, {@code documentNumber}), also
 * when the header is set in two columns (the organ left, the 文号 right, in one text line), and in
 * the brace form of a joint header (the organs' names stacked, one 文件 beside them). Ruled
 * tables are rebuilt from their borders (rows between the horizontal rules, cells between the
 * vertical ones, each character in the cell its middle stands in) and go to the import as tables,
 * so a 任务分解表 printed to PDF reads as a task table. A table that goes on at the top of the next
 * page with the same column rules is one table: a header row repeated there is left out (and
 * noted), and a row the page break cut (its 序号 cell empty on the new page) is joined to its
 * first part. A table printed without ruling lines is rebuilt from its column gaps when its
 * first row names a task table's columns ({@link org.civicplan.io.spi.TableHeaders}) and at least
 * two rows below keep to those columns; lines that begin such a table but cannot be rebuilt with
 * confidence stay paragraphs, with a note saying where.
 *
 * <p>A page with images but no text is a scanned page: a {@link PlanFormatException} names it (run
 * OCR first), never an empty plan. Locations ({@link
 * org.civicplan.io.spi.LocationKind#PAGE_LINE}): line = the text line counted from the first page
 * (headers and footers included), column = the character in that line; {@link
 * DocumentText#pageStarts()} says where each page starts, which the plan keeps as its source's
 * {@link org.civicplan.model.SourceDocument#pageStarts()}, so that findings say page and line
 * ({@code plan.pdf:3:1:} is 第 3 页第 1 行).
 *
 * <p>Limits: at most {@value #MAX_PAGES} pages (more is refused before any text is taken), the
 * input bounded by {@link ReadContext#maxInputBytes()}; each stream decoded to at most {@value
 * #MAX_STREAM_BYTES} bytes and all of them to {@value #MAX_DECODED_BYTES} (counted before any text
 * is taken, and the data in the raw file before PDFBox loads it, which decodes a
 * cross-reference stream on loading: a Flate or LZW bomb is refused); at most {@value #MAX_PAGE_CHARACTERS} characters drawn on one
 * page, {@link ReadContext#maxTextLength()} in the document and {@value #MAX_LINES} lines. A refusal is a {@link
 * PlanFormatException} that names the limit. PDF has no XML entities. Thread-safe.
 */
public final class PdfReader implements DocumentReader {
  /** The most pages read; a longer PDF is refused. */
  public static final int MAX_PAGES = 2000;

  /**
   * The most bytes one stream of the PDF may decode to (64 MiB, as {@code
   * DocxReader.MAX_ENTRY_BYTES} for a part of a Word file); a PDF with a larger one, such as a
   * small Flate stream that inflates to gigabytes, is refused before any page is read. PDFBox
   * decodes a font or an object stream wholly into memory.
   */
  public static final long MAX_STREAM_BYTES = 64L << 20;

  /**
   * The most bytes all streams of the PDF may decode to together (512 MiB, eight times the default
   * input limit); more is refused before any page is read.
   */
  public static final long MAX_DECODED_BYTES = 512L << 20;

  /**
   * The most characters one page may draw (250,000, a hundred times a dense A4 page of 小四); a
   * page that draws more is refused, because PDFBox holds every glyph of a page, some 200 bytes
   * each, until the page ends. The characters of the whole document are held to the import's text
   * limit ({@link ReadContext#maxTextLength()}, {@code PlanDocuments.maxTextBytes()}).
   */
  public static final int MAX_PAGE_CHARACTERS = 250_000;

  /**
   * The most text lines taken from the PDF (a million, 500 a page at the page limit; a dense A4
   * page has about 45); more is refused. Each line holds its characters' positions, and a million
   * lines of one character each is what the documented heap ({@code
   * PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES}) was measured to hold.
   */
  public static final int MAX_LINES = 1_000_000;

  /** Creates the reader; {@link java.util.ServiceLoader} does this. */
  public PdfReader() {}

  @Override
  public String formatName() {
    return "PDF";
  }

  @Override
  public List<String> extensions() {
    return List.of("pdf");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("application/pdf");
  }

  @Override
  public DocumentText read(InputStream in, ReadContext context) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.maxInputBytes() + 1));
    if (bytes.length > context.maxInputBytes()) {
      throw new PlanFormatException("PDF 过大 (PDF too large): more than " + context.maxInputBytes() + " bytes",
          context.sourceName(), 0, 0, null, null);
    }
    RawStreams.check(bytes, context); // before PDFBox decodes a cross-reference stream
    PDDocument pdf;
    try {
      pdf = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new PlanFormatException("PDF 已加密，需要密码 (the PDF is encrypted with a password)",
          context.sourceName(), 0, 0, null, e);
    } catch (IOException | RuntimeException e) {
      throw new PlanFormatException("不是可读的 PDF (not a readable PDF: " + e.getMessage() + ")",
          context.sourceName(), 0, 0, null, e);
    }
    try (pdf) {
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new PlanFormatException(
            "PDF 页数过多：" + pages + " 页，上限 " + MAX_PAGES + " 页 (too many pages: " + pages
                + ", at most " + MAX_PAGES + ")",
            context.sourceName(), 0, 0, null, null);
      }
      PdfStreams.check(pdf, context);
      PdfLayout layout = new PdfLayout(context.maxTextLength());
      try {
        layout.collect(pdf);
      } catch (PdfLayout.LimitReached e) {
        throw new PlanFormatException(e.getMessage(), context.sourceName(), 0, 0, null, null);
      }
      for (int p = 0; p < pages; p++) {
        if (layout.pageIsEmpty(p) && hasImage(pdf.getPage(p))) {
          throw new PlanFormatException(
              "第 " + (p + 1) + " 页没有文字层，是扫描图像；请先做文字识别 (OCR) (page " + (p + 1)
                  + " has no text layer, only an image: a scanned page; run OCR first)",
              context.sourceName(), 0, 0, null, null);
        }
      }
      if (layout.noText()) {
        throw new PlanFormatException(
            "PDF 没有文字 (the PDF holds no text)", context.sourceName(), 0, 0, null, null);
      }
      return layout.document();
    }
  }

  private static boolean hasImage(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name) || resources.getXObject(name) instanceof PDImageXObject) {
        return true;
      }
    }
    return false;
  }
}
