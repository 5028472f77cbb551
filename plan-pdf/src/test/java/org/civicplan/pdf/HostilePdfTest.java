package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.junit.jupiter.api.Test;

/** Hostile and unreadable PDFs, made in the test with PDFBox. */
class HostilePdfTest {
  static final PdfReader READER = new PdfReader();

  static PlanFormatException refused(byte[] bytes) {
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
    try {
      documents.read(new ByteArrayInputStream(bytes), READER, "hostile.pdf");
    } catch (PlanFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("expected a PlanFormatException, got " + e, e);
    }
    throw new AssertionError("a hostile file was read");
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    doc.close();
    return out.toByteArray();
  }

  @Test
  void tenThousandEmptyPagesAreRefusedBeforeAnyTextIsTaken() throws IOException {
    PDDocument doc = new PDDocument();
    for (int i = 0; i < 10_000; i++) {
      doc.addPage(new PDPage());
    }
    PlanFormatException e = refused(save(doc));
    assertThat(e.getMessage()).contains("hostile.pdf").contains("10000").contains(String.valueOf(PdfReader.MAX_PAGES));
  }

  @Test
  void aScannedPageIsNamedNeverReadAsAnEmptyPlan() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage text = new PDPage();
    doc.addPage(text);
    try (PDPageContentStream s = new PDPageContentStream(doc, text)) {
      s.beginText();
      s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      s.newLineAtOffset(72, 700);
      s.showText("Work plan 2024");
      s.endText();
    }
    PDPage scan = new PDPage();
    doc.addPage(scan);
    PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
    try (PDPageContentStream s = new PDPageContentStream(doc, scan)) {
      s.drawImage(image, 72, 72, 400, 600);
    }
    PlanFormatException e = refused(save(doc));
    assertThat(e.getMessage()).contains("第 2 页").contains("page 2").contains("OCR");
  }

  @Test
  void aPageOfMoreRulesThanATableHasIsReadAsTextNotAsATable() throws IOException {
    // two rows of two cells, ruled, but among more vertical strokes than Rules keeps: a drawing
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      for (float y : new float[] {700, 680, 660}) {
        s.moveTo(72, y);
        s.lineTo(472, y);
      }
      for (int i = 0; i <= Rules.MAX_RULES; i++) {
        float x = 72 + 400f * (i % 3) / 2;
        s.moveTo(x, 660);
        s.lineTo(x, 700);
      }
      s.stroke();
      s.beginText();
      s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
      s.newLineAtOffset(80, 686);
      s.showText("Plan task one");
      s.endText();
    }
    DocumentText text = READER.read(new ByteArrayInputStream(save(doc)), ReadContext.of("drawing.pdf", 1 << 20, null));
    assertThat(text.blocks()).extracting(TextBlock::kind).doesNotContain(TextBlock.Kind.TABLE);
    assertThat(text.blocks()).extracting(TextBlock::text).contains("Plan task one");
  }

  /** A stream of the document whose stored bytes inflate to {@code inflated} zero bytes. */
  static COSStream flateBomb(PDDocument doc, long inflated) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream o = new DeflaterOutputStream(s.createRawOutputStream(), new Deflater(9))) {
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < inflated; n += zeros.length) {
        o.write(zeros, 0, (int) Math.min(zeros.length, inflated - n));
      }
    }
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    return s;
  }

  static PDPage textPage(PDDocument doc, String content) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "Helvetica");
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName("F1"), font);
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.FONT, fonts);
    page.setResources(resources);
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream o = new DeflaterOutputStream(s.createRawOutputStream())) {
      o.write(content.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    page.setContents(new PDStream(s));
    return page;
  }

  /**
   * A font program of 70 KB that inflates to more than {@link PdfReader#MAX_STREAM_BYTES} (a
   * Flate bomb: at 4 GiB it ran a 2 GiB heap out of memory, as PDFBox decodes a font wholly in
   * memory) is refused before any page is read, with a message naming the object and the limit.
   */
  @Test
  void aFlateBombIsRefusedBeforeAnyPageIsRead() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = textPage(doc, "BT /F1 12 Tf 72 700 Td (Work plan 2024) Tj ET");
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "Bomb");
    descriptor.setInt(COSName.FLAGS, 32);
    descriptor.setItem(COSName.FONT_FILE2, flateBomb(doc, PdfReader.MAX_STREAM_BYTES + 1));
    COSDictionary font = (COSDictionary) page.getResources().getCOSObject().getCOSDictionary(COSName.FONT)
        .getDictionaryObject(COSName.getPDFName("F1"));
    font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
    font.setName(COSName.BASE_FONT, "Bomb");
    font.setItem(COSName.FONT_DESC, descriptor);
    byte[] bytes = save(doc);
    assertThat(bytes.length).isLessThan(1 << 20);
    PlanFormatException e = refused(bytes);
    assertThat(e.getMessage()).contains("hostile.pdf").contains("解压后过大")
        .contains("more than " + PdfReader.MAX_STREAM_BYTES + " bytes");
  }

  /**
   * A cross-reference stream is decoded by PDFBox while it loads the file, wholly in memory and
   * before any stream can be looked at through the loaded document: one that inflates to more
   * than {@link PdfReader#MAX_STREAM_BYTES} is refused from the raw bytes first, with its byte
   * offset. The PDF is written by hand, since PDFBox writes cross-reference tables.
   */
  @Test
  void aCrossReferenceStreamThatInflatesTooFarIsRefusedBeforeLoading() throws IOException {
    assertRefusedAsXrefStream("/FlateDecode", zerosFlate(PdfReader.MAX_STREAM_BYTES + 1));
  }

  /**
   * A cross-reference stream whose filters are not Flate first (LZW, which expands some 2,000
   * times; Flate armoured in ASCIIHex or ASCII85, which no inflater reads raw) is decoded through
   * the filters its dictionary names, also written with {@code #xx} escapes or with a decoy
   * {@code /Filter} inside a string, and refused before PDFBox loads it. On the raw pass that
   * only inflated, each of these was loaded, so decoded wholly into memory.
   */
  @Test
  void aCrossReferenceStreamInOtherFiltersThatDecodesTooFarIsRefusedBeforeLoading() throws IOException {
    byte[] flate = zerosFlate(PdfReader.MAX_STREAM_BYTES + 1);
    byte[] lzw = lzwZeros(PdfReader.MAX_STREAM_BYTES + 1);
    long[] decoded = {0};
    org.apache.pdfbox.filter.FilterFactory.INSTANCE.getFilter(COSName.LZW_DECODE).decode(new ByteArrayInputStream(lzw),
        new OutputStream() {
          @Override
          public void write(int b) {
            decoded[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            decoded[0] += len;
          }
        }, new COSDictionary(), 0);
    assertThat(decoded[0]).as("PDFBox's LZW decoder reads the bomb").isGreaterThan(PdfReader.MAX_STREAM_BYTES);
    assertRefusedAsXrefStream("/LZWDecode", lzw);
    assertRefusedAsXrefStream("/LZW#44ecode /Info (/Filter /FlateDecode)", lzw);
    assertRefusedAsXrefStream("[/ASCIIHexDecode /FlateDecode]", encode(COSName.ASCII_HEX_DECODE, flate));
    assertRefusedAsXrefStream("[/A85 /Fl] % a comment: /Filter /Fl\n", encode(COSName.ASCII85_DECODE, flate));
  }

  /** A PDF whose page is drawn by an LZW stream (a legal, older filter) is read, not refused. */
  @Test
  void aPageInLzwWithinTheLimitsIsRead() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = textPage(doc, "BT /F1 12 Tf 72 700 Td (Work plan 2024) Tj ET");
    COSStream content = doc.getDocument().createCOSStream();
    try (OutputStream o = content.createOutputStream(COSName.LZW_DECODE)) {
      o.write("BT /F1 12 Tf 72 700 Td (Work plan 2024 in LZW) Tj ET".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    page.getCOSObject().setItem(COSName.CONTENTS, content);
    byte[] bytes = save(doc);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/LZWDecode");
    DocumentText text = READER.read(new ByteArrayInputStream(bytes), ReadContext.of("lzw.pdf", 1 << 20, null));
    assertThat(text.blocks()).extracting(TextBlock::text).anySatisfy(t -> assertThat(t).contains("Work plan 2024 in LZW"));
  }

  /**
   * LZW (PDF's: codes of 9 to 12 bits, most significant first, {@code /EarlyChange 1}) of at
   * least {@code n} zero bytes: the codes 0, 258, 259, … stand for runs of 1, 2, 3, … zeros, the
   * table is cleared before it is full, so some 50 KB decode to 64 MiB. Written here because
   * PDFBox's own encoder takes over a minute for 64 MiB.
   */
  private static byte[] lzwZeros(long n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long bits = 0;
    int pending = 0;
    long decoded = 0;
    int read = 0; // codes the decoder has read since the last clear
    while (decoded < n) {
      int code = read == 0 ? 0 : 257 + read;
      int width = width(read);
      bits = (bits << width) | code;
      pending += width;
      while (pending >= 8) {
        out.write((int) (bits >>> (pending - 8)) & 0xFF);
        pending -= 8;
      }
      decoded += read + 1;
      read++;
      if (257 + read >= 4000) { // clear before the table reaches 4096 codes
        bits = (bits << width(read)) | 256;
        pending += width(read);
        read = 0;
        while (pending >= 8) {
          out.write((int) (bits >>> (pending - 8)) & 0xFF);
          pending -= 8;
        }
      }
    }
    bits = (bits << width(read)) | 257; // end of data
    pending += width(read);
    while (pending > 0) {
      out.write((int) ((pending >= 8 ? bits >>> (pending - 8) : bits << (8 - pending))) & 0xFF);
      pending -= 8;
    }
    return out.toByteArray();
  }

  /** The width of the next code after {@code read} codes since a clear, as PDFBox's decoder reads it. */
  private static int width(int read) {
    int size = read == 0 ? 258 : 258 + read; // the table's size plus EarlyChange, as the decoder counts it
    return size >= 2048 ? 12 : size >= 1024 ? 11 : size >= 512 ? 10 : 9;
  }

  private static byte[] zerosFlate(long n) throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (OutputStream o = new DeflaterOutputStream(data, new Deflater(9))) {
      byte[] zeros = new byte[1 << 20];
      for (long left = n; left > 0; left -= zeros.length) {
        o.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
    }
    return data.toByteArray();
  }

  private static byte[] encode(COSName filter, byte[] data) throws IOException {
    try (COSStream stream = new COSStream()) {
      try (OutputStream o = stream.createOutputStream(filter)) { // PDFBox's own encoder
        o.write(data);
      }
      try (java.io.InputStream raw = stream.createRawInputStream()) {
        return raw.readAllBytes();
      }
    }
  }

  /** Writes a PDF whose only cross-reference section is a stream of {@code data} under {@code filter}. */
  private static void assertRefusedAsXrefStream(String filter, byte[] data) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
    pdf.write("%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(ascii));
    pdf.write("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".getBytes(ascii));
    int xref = pdf.size();
    pdf.write(("3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter " + filter + " /Length "
        + data.length + " >>\nstream\n").getBytes(ascii));
    int stream = pdf.size() - "stream\n".length();
    pdf.write(data);
    pdf.write(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(ascii));
    assertThat(pdf.size()).as(filter).isLessThan(1 << 20);
    PlanFormatException e = refused(pdf.toByteArray());
    assertThat(e.getMessage()).as(filter).contains("hostile.pdf").contains("解压后过大")
        .contains("the stream at byte " + stream).contains("more than " + PdfReader.MAX_STREAM_BYTES + " bytes");
  }

  /** Streams at the limit each, more than {@link PdfReader#MAX_DECODED_BYTES} in all, are refused. */
  @Test
  void streamsThatDecodeToMoreThanTheTotalAreRefused() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = textPage(doc, "BT /F1 12 Tf 72 700 Td (Work plan 2024) Tj ET");
    COSDictionary forms = new COSDictionary();
    for (long n = 0; n <= PdfReader.MAX_DECODED_BYTES / PdfReader.MAX_STREAM_BYTES; n++) {
      COSStream form = flateBomb(doc, PdfReader.MAX_STREAM_BYTES);
      form.setItem(COSName.TYPE, COSName.XOBJECT);
      form.setItem(COSName.SUBTYPE, COSName.FORM);
      forms.setItem(COSName.getPDFName("X" + n), form);
    }
    page.getResources().getCOSObject().setItem(COSName.XOBJECT, forms);
    PlanFormatException e = refused(save(doc));
    assertThat(e.getMessage()).contains("解压后总量过大").contains("more than " + PdfReader.MAX_DECODED_BYTES + " bytes in all");
  }

  /**
   * A page that draws more than {@link PdfReader#MAX_PAGE_CHARACTERS} characters (here from 10 KB
   * of Flate; 64 MiB of such glyphs on one page ran a 2 GiB heap out of memory) is refused with
   * the page and the limit.
   */
  @Test
  void aPageOfMoreCharactersThanTheLimitIsRefused() throws IOException {
    PDDocument doc = new PDDocument();
    textPage(doc, "BT /F1 12 Tf 72 700 Td (Work plan 2024) Tj ET");
    String line = "(" + "abcdefghij".repeat(50) + ") Tj T*\n";
    textPage(doc, "BT /F1 1 Tf 1 TL 10 790 Td\n" + line.repeat(PdfReader.MAX_PAGE_CHARACTERS / 500 + 1) + "ET");
    PlanFormatException e = refused(save(doc));
    assertThat(e.getMessage()).contains("hostile.pdf").contains("第 2 页文字过多")
        .contains("page 2 draws more than " + PdfReader.MAX_PAGE_CHARACTERS + " characters");
  }

  /** The characters of the document are held to the import's text limit, counted as they are drawn. */
  @Test
  void moreCharactersThanTheTextLimitAreRefusedWhileTheyAreCollected() throws IOException {
    PDDocument doc = new PDDocument();
    for (int p = 0; p < 3; p++) {
      textPage(doc, "BT /F1 12 Tf 72 700 Td (" + "abcdefghij".repeat(40) + ") Tj ET");
    }
    byte[] bytes = save(doc);
    assertThat(READER.read(new ByteArrayInputStream(bytes), ReadContext.of("long.pdf", 1 << 20, 1200, null)).blocks())
        .isNotEmpty();
    assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes), ReadContext.of("long.pdf", 1 << 20, 1199, null)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("long.pdf")
        .hasMessageContaining("PDF 文字过多")
        .hasMessageContaining("more than 1199 characters of text, by page 3");
  }

  /**
   * More than {@link PdfReader#MAX_LINES} lines (one character each, 2 MB of Flate; six million
   * such lines ran a 2 GiB heap out of memory) are refused with the limit.
   */
  @Test
  void moreLinesThanTheLimitAreRefused() throws IOException {
    PDDocument doc = new PDDocument();
    int perPage = 2500;
    String page = "BT /F1 0.2 Tf 0.25 TL 10 790 Td\n" + "(a) Tj T*\n".repeat(perPage) + "ET";
    for (int p = 0; p <= PdfReader.MAX_LINES / perPage; p++) {
      textPage(doc, page);
    }
    PlanFormatException e = refused(save(doc));
    assertThat(e.getMessage()).contains("hostile.pdf").contains("PDF 文字行过多")
        .contains("more than " + PdfReader.MAX_LINES + " lines of text, by page " + (PdfReader.MAX_LINES / perPage + 1));
  }

  @Test
  void aPdfWithoutTextAndJunkAreFormatErrors() throws IOException {
    PDDocument doc = new PDDocument();
    doc.addPage(new PDPage());
    assertThat(refused(save(doc)).getMessage()).contains("no text");
    assertThat(refused("%PDF-1.7 garbage".getBytes()).getMessage()).contains("hostile.pdf").contains("PDF");
  }
}
