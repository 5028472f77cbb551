package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

  @Test
  void aPdfWithoutTextAndJunkAreFormatErrors() throws IOException {
    PDDocument doc = new PDDocument();
    doc.addPage(new PDPage());
    assertThat(refused(save(doc)).getMessage()).contains("no text");
    assertThat(refused("%PDF-1.7 garbage".getBytes()).getMessage()).contains("hostile.pdf").contains("PDF");
  }
}
