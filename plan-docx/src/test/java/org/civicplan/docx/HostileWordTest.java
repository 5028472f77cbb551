package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.PlanDocuments;
import org.junit.jupiter.api.Test;

/** Hostile Word files, made in the test: a zip bomb, a billion-laughs part, an external entity, junk. */
class HostileWordTest {
  static final DocxReader READER = new DocxReader();

  static byte[] minimalDocx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The same package with word/document.xml replaced. */
  static byte[] withDocumentXml(byte[] docx, byte[] documentXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals("word/document.xml") ? documentXml : in.readAllBytes());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static PlanFormatException refused(byte[] bytes) {
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
    try {
      documents.read(new ByteArrayInputStream(bytes), READER, "hostile.docx");
    } catch (PlanFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("expected a PlanFormatException, got " + e, e);
    }
    throw new AssertionError("a hostile file was read");
  }

  @Test
  void aZipBombIsRefusedByPoisInflateRatioGuard() throws IOException {
    // 64 MiB of one repeated byte inside a valid-looking document part: it deflates about 1000:1
    String head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    byte[] bomb = new byte[64 << 20];
    java.util.Arrays.fill(bomb, (byte) 'a');
    System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, bomb, 0, head.length());
    byte[] docx = withDocumentXml(minimalDocx("一、正文"), bomb);
    assertThat(docx.length).isLessThan(1 << 20);
    PlanFormatException e = refused(docx);
    assertThat(e.getMessage()).contains("hostile.docx").containsIgnoringCase("zip bomb");
  }

  @Test
  void aBillionLaughsPartIsRefusedBeforeAnyEntityIsExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"哈哈\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l10;</w:t></w:r></w:p></w:body></w:document>");
    PlanFormatException e = refused(withDocumentXml(minimalDocx("x"), dtd.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).contains("word/document.xml").contains("DOCTYPE");
  }

  @Test
  void anExternalEntityIsNeverFetched() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    PlanFormatException e = refused(withDocumentXml(minimalDocx("x"), xxe.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).doesNotContain("root:").contains("DOCTYPE");
  }

  @Test
  void junkAndTruncatedFilesAreFormatErrorsNamingTheFile() throws IOException {
    assertThat(refused("not a zip at all".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("hostile.docx").contains(".docx");
    byte[] docx = minimalDocx("一、正文内容");
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThat(refused(cut).getMessage()).contains("hostile.docx");
  }

  @Test
  void aDocFileThatIsNotOle2IsAFormatError() {
    DocReader doc = new DocReader();
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(doc).build();
    assertThatThrownBy(() -> documents.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), doc, "x.doc"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("x.doc")
        .hasMessageContaining(".doc");
  }

  /**
   * A part of about {@code bytes} bytes of paragraphs whose ids come from four values: it deflates
   * about 80:1, within POI's inflate ratio guard, so only the unzipped-size check can stop it.
   */
  static byte[] paragraphsPart(long bytes) {
    java.util.Random random = new java.util.Random(7);
    StringBuilder xml = new StringBuilder((int) bytes + 200)
        .append("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    while (xml.length() < bytes) {
      xml.append("<w:p w:rsidR=\"").append(random.nextInt(4)).append("\"><w:r><w:t>推进建设。</w:t></w:r></w:p>");
    }
    return xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The package with extra, unreferenced parts added after its own. */
  static byte[] withExtraParts(byte[] docx, byte[] part, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(in.readAllBytes());
        zip.closeEntry();
      }
      for (int i = 0; i < copies; i++) {
        zip.putNextEntry(new ZipEntry("word/media/extra" + i + ".xml"));
        zip.write(part);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aPackageThatUnzipsBeyondItsLimitIsRefusedBeforePoiHoldsIt() throws IOException {
    // Three parts of 48 MiB each: every one within the part limit and POI's ratio guard, 144 MiB
    // in all. POI would hold them all in memory; before the check, 30 such parts in a 34 MB file
    // (inside the 64 MiB file limit) ran a 2 GiB heap out of memory.
    byte[] docx = withExtraParts(minimalDocx("一、正文"), paragraphsPart(48L << 20), 3);
    assertThat((long) docx.length).isLessThan(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    PlanFormatException e = refused(docx);
    assertThat(e.getMessage())
        .contains("hostile.docx")
        .contains("解压后过大")
        .contains("together are over " + DocxReader.MAX_PACKAGE_BYTES + " bytes");
  }

  @Test
  void aPartOverThePartLimitIsRefusedNamingThePart() throws IOException {
    byte[] docx = withDocumentXml(minimalDocx("一、正文"), paragraphsPart(DocxReader.MAX_ENTRY_BYTES + 1000));
    PlanFormatException e = refused(docx);
    assertThat(e.getMessage())
        .contains("解压后过大")
        .contains("part word/document.xml is over " + DocxReader.MAX_ENTRY_BYTES + " bytes");
  }

  @Test
  void aPackageJustWithinTheLimitsIsRead() throws IOException {
    // the same shape as above, below both limits: the check refuses what is over them, nothing else
    byte[] docx = withExtraParts(minimalDocx("一、正文内容。"), paragraphsPart(40L << 20), 2);
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
    assertThat(documents.read(new ByteArrayInputStream(docx), READER, "big.docx").plan().sections())
        .extracting(org.civicplan.model.Section::title)
        .containsExactly("正文内容。");
  }
}
